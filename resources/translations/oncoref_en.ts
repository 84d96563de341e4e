<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
        <location filename="../../app/viewer/main.cpp" line="+98"/>
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
        <location line="+17"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr or en.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ArticleHeader</name>
    <message>
        <location filename="../../app/viewer/articleheader.cpp" line="+77"/>
        <source>Disclaimer</source>
        <translation>Disclaimer</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+13"/>
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
        <location filename="../../app/viewer/mainwindow.cpp" line="+57"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+11"/>
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
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+9"/>
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
        <location line="+9"/>
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
        <source>Cannot show the article: %1</source>
        <translation>Cannot show the article: %1</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location filename="../../app/viewer/readerview.cpp" line="+76"/>
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
        <location filename="../../app/viewer/searchpanel.cpp" line="+28"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to search for: type a word with a letter or a digit.</source>
        <translation>Nothing to search for: type a word with a letter or a digit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to search for: the query only excludes words (-word).</source>
        <translation>Nothing to search for: the query only excludes words (-word).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
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
        <location line="+10"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
</TS>
