<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DrugName</name>
    <message>
        <location filename="../../app/viewer/drugprofile.cpp" line="+24"/>
        <source>radiotherapy</source>
        <translation>radiotherapy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chemotherapy</source>
        <translation>chemotherapy</translation>
    </message>
</context>
<context>
    <name>DrugText</name>
    <message>
        <location filename="../../app/viewer/drugtext.cpp" line="+33"/>
        <source>Dosing</source>
        <translation>Dosing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose or schedule</source>
        <translation>Dose or schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse effects</source>
        <translation>Adverse effects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to monitor</source>
        <translation>What to monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combinations</source>
        <translation>Combinations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Combination</source>
        <translation>Combination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contraindications</source>
        <translation>Contraindications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contraindication</source>
        <translation>Contraindication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to take or give it</source>
        <translation>How to take or give it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>frequency not stated</source>
        <translation>frequency not stated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>date not stated</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>⚠ sources differ</source>
        <translation>⚠ sources differ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ reviewed</source>
        <translation>✔ reviewed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>machine-extracted</source>
        <translation>machine-extracted</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../app/viewer/libraryservice.cpp" line="+92"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>ReviewBadge</name>
    <message>
        <location filename="../../app/viewer/reviewbadge.cpp" line="+14"/>
        <source>Pending human review</source>
        <translation>Pending human review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published in a journal</source>
        <translation>Published in a journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review status not stated</source>
        <translation>Review status not stated</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/viewer/main.cpp" line="+124"/>
        <source>Offline oncology reference viewer.</source>
        <translation>Offline oncology reference viewer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library file (.oncoref) to open.</source>
        <translation>The library file (.oncoref) to open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr or en.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ArticleHeader</name>
    <message>
        <location filename="../../app/viewer/articleheader.cpp" line="+57"/>
        <source>Disclaimer</source>
        <translation>Disclaimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the source&apos;s disclaimer</source>
        <translation>Show or hide the source&apos;s disclaimer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture: %1</source>
        <translation>Capture: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOI: %1</source>
        <translation>DOI: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PMID: %1</source>
        <translation>PMID: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date not stated</source>
        <translation>Date not stated</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Language: %1</source>
        <translation>
            <numerusform>Language: %1</numerusform>
            <numerusform>Languages: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(original: %1)</source>
        <translation>(original: %1)</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugBanner</name>
    <message>
        <location filename="../../app/viewer/drugbanner.cpp" line="+17"/>
        <source>See the drug page</source>
        <translation>See the drug page</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugListDelegate</name>
    <message numerus="yes">
        <location filename="../../app/viewer/druglistdelegate.cpp" line="+20"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugListModel</name>
    <message numerus="yes">
        <location filename="../../app/viewer/druglistmodel.cpp" line="+81"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugView</name>
    <message>
        <location filename="../../app/viewer/drugview.cpp" line="+46"/>
        <source>Reviewed facts only</source>
        <translation>Reviewed facts only</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures marked machine-extracted are read from the articles automatically and nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) to check it in its source.</source>
        <translation>Figures marked machine-extracted are read from the articles automatically and nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) to check it in its source.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drug page</source>
        <translation>Drug page</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Brands: %1</source>
        <translation>Brands: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also written: %1</source>
        <translation>Also written: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n article(s)</source>
        <translation>
            <numerusform>from %n article</numerusform>
            <numerusform>from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n machine-extracted</source>
        <translation>
            <numerusform>%n machine-extracted</numerusform>
            <numerusform>%n machine-extracted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) pending human review</source>
        <translation>
            <numerusform>%n source pending human review</numerusform>
            <numerusform>%n sources pending human review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugsPanel</name>
    <message>
        <location filename="../../app/viewer/drugspanel.cpp" line="+24"/>
        <source>Filter by name or brand (Ctrl+D)</source>
        <translation>Filter by name or brand (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter drugs</source>
        <translation>Filter drugs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This library has no drug facts.</source>
        <translation>This library has no drug facts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No drug matches “%1”.</source>
        <translation>No drug matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n drug(s)</source>
        <translation>
            <numerusform>%n drug</numerusform>
            <numerusform>%n drugs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::FindBar</name>
    <message>
        <location filename="../../app/viewer/findbar.cpp" line="+47"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryModel</name>
    <message>
        <location filename="../../app/viewer/librarymodel.cpp" line="+33"/>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::MainWindow</name>
    <message>
        <location filename="../../app/viewer/mainwindow.cpp" line="+65"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>&amp;Drugs</source>
        <translation>&amp;Drugs</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another library file (.oncoref)</source>
        <translation>Open another library file (.oncoref)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Find in Page…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Oncoref</source>
        <translation>&amp;About Oncoref</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the library</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 could not be opened.

%2</source>
        <translation>The library %1 could not be opened.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Oncoref libraries (*.oncoref);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No library is open</source>
        <translation>No library is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</source>
        <translation>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</source>
        <translation>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Version %1: %n article(s).</source>
        <translation>
            <numerusform>Version %1: %n article.</numerusform>
            <numerusform>Version %1: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an article in the Library tab, or search the whole library with Ctrl+K.</source>
        <translation>Choose an article in the Library tab, or search the whole library with Ctrl+K.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and monitoring the articles give, each with its source.</source>
        <translation>The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and monitoring the articles give, each with its source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</source>
        <translation>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oncoref works offline: it never connects to a network.</source>
        <translation>Oncoref works offline: it never connects to a network.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This library has no facts about %1.</source>
        <translation>This library has no facts about %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot show the drug: %1</source>
        <translation>Cannot show the drug: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot show the drug %1: it is not in this library.</source>
        <translation>Cannot show the drug %1: it is not in this library.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show the article: %1</source>
        <translation>Cannot show the article: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No library</source>
        <translation>No library</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline oncology reference viewer.</source>
        <translation>Offline oncology reference viewer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works entirely offline: no network access, no tracking.</source>
        <translation>Works entirely offline: no network access, no tracking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: MIT.</source>
        <translation>Licence: MIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: %1, version %2.</source>
        <translation>Library: %1, version %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a substitute for clinical judgement: check every article against its source.</source>
        <translation>Not a substitute for clinical judgement: check every article against its source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oncoref %1</source>
        <translation>Oncoref %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Oncoref</source>
        <translation>About Oncoref</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ReaderView</name>
    <message>
        <location filename="../../app/viewer/readerview.cpp" line="+70"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This viewer works offline and opens no external link; %1 was copied to the clipboard.</source>
        <translation>This viewer works offline and opens no external link; %1 was copied to the clipboard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reference %1 is not included in the captured source.</source>
        <translation>Reference %1 is not included in the captured source.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchPanel</name>
    <message>
        <location filename="../../app/viewer/searchpanel.cpp" line="+32"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nothing to search for: type a word with a letter or a digit.</source>
        <translation>Nothing to search for: type a word with a letter or a digit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to search for: the query only excludes words (-word).</source>
        <translation>Nothing to search for: the query only excludes words (-word).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article matches “%1”.</source>
        <translation>No article matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article has every word; showing articles with most of them.</source>
        <translation>No article has every word; showing articles with most of them.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The query is long: only its first %n words were searched.</source>
        <translation>
            <numerusform>The query is long: only its first word was searched.</numerusform>
            <numerusform>The query is long: only its first %n words were searched.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt; — search instead for &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Showing results for &lt;b&gt;%1&lt;/b&gt; — search instead for &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search instead for %1</source>
        <translation>Search instead for %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchResultsModel</name>
    <message>
        <location filename="../../app/viewer/searchresultsmodel.cpp" line="+86"/>
        <source>%1, via %2</source>
        <translation>%1, via %2</translation>
    </message>
</context>
</TS>
