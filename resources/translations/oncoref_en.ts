<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CitationText</name>
    <message>
        <location filename="../../app/viewer/citationtext.cpp" line="+16"/>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published %1</source>
        <translation>published %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oncoref bundle %1 %2</source>
        <translation>Oncoref bundle %1 %2</translation>
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+73"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if %1</source>
        <translation>if %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date not stated</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>⚠ sources differ</source>
        <translation>⚠ sources differ</translation>
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
    <name>ErrorText</name>
    <message>
        <location filename="../../app/viewer/errortext.cpp" line="+11"/>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder or a special file, not a library file.</source>
        <translation>This is a folder or a special file, not a library file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be opened: check that you may read it.</source>
        <translation>The file cannot be opened: check that you may read it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not an Oncoref library.</source>
        <translation>This file is not an Oncoref library.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This library was made for another version of Oncoref: rebuild it, or update Oncoref.</source>
        <translation>This library was made for another version of Oncoref: rebuild it, or update Oncoref.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library is damaged and cannot be read.</source>
        <translation>The library is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library could not be read: it may be damaged.</source>
        <translation>The library could not be read: it may be damaged.</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../app/viewer/libraryservice.cpp" line="+98"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <location filename="../../app/viewer/pageprinter.cpp" line="+68"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 of %3</translation>
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
        <location filename="../../app/viewer/articleheader.cpp" line="+116"/>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the question, identifiers, topics, provenance and disclaimer</source>
        <translation>Show or hide the question, identifiers, topics, provenance and disclaimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+9"/>
        <source>Captured from %1 on %2</source>
        <translation>Captured from %1 on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured from %1 (capture date not stated)</source>
        <translation>Captured from %1 (capture date not stated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured on %1 (page address not stated)</source>
        <translation>Captured on %1 (page address not stated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page address and capture date not stated</source>
        <translation>Page address and capture date not stated</translation>
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
        <location filename="../../app/viewer/druglistmodel.cpp" line="+80"/>
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
        <location filename="../../app/viewer/drugview.cpp" line="+55"/>
        <source>Figures are read from the articles automatically. Open a row (click it, or Tab to it and press Enter) to check it in its source.</source>
        <translation>Figures are read from the articles automatically. Open a row (click it, or Tab to it and press Enter) to check it in its source.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+4"/>
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
        <location line="+85"/>
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
        <location filename="../../app/viewer/mainwindow.cpp" line="+83"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+435"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="-434"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+440"/>
        <source>&amp;Drugs</source>
        <translation>&amp;Drugs</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Open pages</source>
        <translation>Open pages</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+79"/>
        <source>New tab</source>
        <translation>New tab</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+182"/>
        <source>&amp;Normal Size (%1%)</source>
        <translation>&amp;Normal Size (%1%)</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Oncoref bundle %1 %2</source>
        <translation>Oncoref bundle %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review status: %1</source>
        <translation>Review status: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open an article or a drug page to print it.</source>
        <translation>Open an article or a drug page to print it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select text in an article first: it is copied with its source.</source>
        <translation>Select text in an article first: it is copied with its source.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied with its source.</source>
        <translation>Copied with its source.</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+3"/>
        <source>New &amp;Tab</source>
        <translation>New &amp;Tab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;xt Tab</source>
        <translation>Ne&amp;xt Tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;vious Tab</source>
        <translation>Pre&amp;vious Tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with &amp;Citation</source>
        <translation>Copy with &amp;Citation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System Theme</source>
        <translation>&amp;System Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light Theme</source>
        <translation>&amp;Light Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dark Theme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table of &amp;Contents</source>
        <translation>Table of &amp;Contents</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+11"/>
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
        <location line="+12"/>
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
        <location line="+15"/>
        <source>Cannot show the article: it is not in this library.</source>
        <translation>Cannot show the article: it is not in this library.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This library has no facts about %1.</source>
        <translation>This library has no facts about %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot show the drug: %1</source>
        <translation>Cannot show the drug: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot show the drug %1: it is not in this library.</source>
        <translation>Cannot show the drug %1: it is not in this library.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show the article: %1</source>
        <translation>Cannot show the article: %1</translation>
    </message>
    <message>
        <location line="+95"/>
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
        <location filename="../../app/viewer/readerview.cpp" line="+64"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related articles</source>
        <translation>&amp;Related articles</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back to the text</source>
        <translation>Back to the text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in the captured source</source>
        <translation>Not in the captured source</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <name>oncoref::viewer::RelatedList</name>
    <message>
        <location filename="../../app/viewer/relatedlist.cpp" line="+18"/>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In common: %1</source>
        <translation>In common: %1</translation>
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
    <name>oncoref::viewer::SearchResultDelegate</name>
    <message>
        <location filename="../../app/viewer/searchresultdelegate.cpp" line="+43"/>
        <source>Lacks: %1</source>
        <translation>Lacks: %1</translation>
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
<context>
    <name>oncoref::viewer::ShortcutsDialog</name>
    <message>
        <location filename="../../app/viewer/shortcutsdialog.cpp" line="+19"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From the search field to the results</source>
        <translation>From the search field to the results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first result back to the search field</source>
        <translation>From the first result back to the search field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up, Esc</source>
        <translation>Up, Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the result, article, drug or section selected</source>
        <translation>Open the result, article, drug or section selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next control</source>
        <translation>Move to the next control</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a link or a related article in a new tab</source>
        <translation>Open a link or a related article in a new tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle click</source>
        <translation>Middle click</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back, forward</source>
        <translation>Back, forward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse side buttons</source>
        <translation>Mouse side buttons</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::TocPanel</name>
    <message>
        <location filename="../../app/viewer/tocpanel.cpp" line="+25"/>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
</context>
</TS>
