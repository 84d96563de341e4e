<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CitationText</name>
    <message>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>published %1</translation>
    </message>
    <message>
        <source>Oncoref bundle %1 %2</source>
        <translation>Oncoref bundle %1 %2</translation>
    </message>
</context>
<context>
    <name>DrugName</name>
    <message>
        <source>radiotherapy</source>
        <translation>radiotherapy</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>chemotherapy</translation>
    </message>
</context>
<context>
    <name>DrugText</name>
    <message>
        <source>Dosing</source>
        <translation>Dosing</translation>
    </message>
    <message>
        <source>Dose or schedule</source>
        <translation>Dose or schedule</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Adverse effects</source>
        <translation>Adverse effects</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>What to monitor</source>
        <translation>What to monitor</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>Combinations</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combination</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contraindications</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Contraindication</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>⚠ sources differ</source>
        <translation>⚠ sources differ</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ ALTERED since compiled: do not use</source>
        <translation>⚠ ALTERED since compiled: do not use</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>How to take or give it</source>
        <translation>How to take or give it</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>frequency not stated</source>
        <translation>frequency not stated</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>✔ reviewed</source>
        <translation>✔ reviewed</translation>
    </message>
    <message>
        <source>machine-extracted</source>
        <translation>machine-extracted</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>Show more doses (%n not shown)</source>
        <translation>
            <numerusform>Show more doses (%n not shown)</numerusform>
            <numerusform>Show more doses (%n not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more schedules (%n not shown)</source>
        <translation>
            <numerusform>Show more schedules (%n not shown)</numerusform>
            <numerusform>Show more schedules (%n not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n not shown)</source>
        <translation>
            <numerusform>Show more (%n not shown)</numerusform>
            <numerusform>Show more (%n not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>This is a folder or a special file, not a library file.</source>
        <translation>This is a folder or a special file, not a library file.</translation>
    </message>
    <message>
        <source>The file cannot be opened: check that you may read it.</source>
        <translation>The file cannot be opened: check that you may read it.</translation>
    </message>
    <message>
        <source>This file is not an Oncoref library.</source>
        <translation>This file is not an Oncoref library.</translation>
    </message>
    <message>
        <source>This library was made for another version of Oncoref: rebuild it, or update Oncoref.</source>
        <translation>This library was made for another version of Oncoref: rebuild it, or update Oncoref.</translation>
    </message>
    <message>
        <source>The library is damaged and cannot be read.</source>
        <translation>The library is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The library could not be read: it may be damaged.</source>
        <translation>The library could not be read: it may be damaged.</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 of %3</translation>
    </message>
</context>
<context>
    <name>ReviewBadge</name>
    <message>
        <source>Pending human review</source>
        <translation>Pending human review</translation>
    </message>
    <message>
        <source>Published in a journal</source>
        <translation>Published in a journal</translation>
    </message>
    <message>
        <source>Review status not stated</source>
        <translation>Review status not stated</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline oncology reference viewer.</source>
        <translation>Offline oncology reference viewer.</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr or en.</translation>
    </message>
    <message>
        <source>Oncoref %1, Qt %2</source>
        <translation>Oncoref %1, Qt %2</translation>
    </message>
    <message>
        <source>No library found: name one, or set ONCOREF_BUNDLE.</source>
        <translation>No library found: name one, or set ONCOREF_BUNDLE.</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>Opened %1: %2</translation>
    </message>
    <message>
        <source>Open the library, print what was opened and quit: a check of an installation (exit status 0 when the library opened).</source>
        <translation>Open the library, print what was opened and quit: a check of an installation (exit status 0 when the library opened).</translation>
    </message>
    <message>
        <source>The library files (.oncoref) to open, one or several.</source>
        <translation>The library files (.oncoref) to open, one or several.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::AboutDialog</name>
    <message>
        <source>About Oncoref</source>
        <translation>About Oncoref</translation>
    </message>
    <message>
        <source>Oncoref %1</source>
        <translation>Oncoref %1</translation>
    </message>
    <message>
        <source>Offline oncology reference viewer. Works entirely offline: no network access, no tracking.</source>
        <translation>Offline oncology reference viewer. Works entirely offline: no network access, no tracking.</translation>
    </message>
    <message>
        <source>Not a substitute for clinical judgement: check every article against its source.</source>
        <translation>Not a substitute for clinical judgement: check every article against its source.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Oncoref</source>
        <translation>Oncoref</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Bundle format</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Content SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>LGPL-3.0-only</source>
        <translation>LGPL-3.0-only</translation>
    </message>
    <message>
        <source>The articles of a library belong to their publishers; the code&apos;s licence does not cover them.</source>
        <translation>The articles of a library belong to their publishers; the code&apos;s licence does not cover them.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ArticleHeader</name>
    <message>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>DOI: %1</source>
        <translation>DOI: %1</translation>
    </message>
    <message>
        <source>PMID: %1</source>
        <translation>PMID: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Date not stated</source>
        <translation>Date not stated</translation>
    </message>
    <message numerus="yes">
        <source>Language: %1</source>
        <translation>
            <numerusform>Language: %1</numerusform>
            <numerusform>Languages: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(original: %1)</source>
        <translation>(original: %1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide the question, identifiers, topics, provenance and disclaimer</source>
        <translation>Show or hide the question, identifiers, topics, provenance and disclaimer</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message>
        <source>Captured from %1 on %2</source>
        <translation>Captured from %1 on %2</translation>
    </message>
    <message>
        <source>Captured from %1 (capture date not stated)</source>
        <translation>Captured from %1 (capture date not stated)</translation>
    </message>
    <message>
        <source>Captured on %1 (page address not stated)</source>
        <translation>Captured on %1 (page address not stated)</translation>
    </message>
    <message>
        <source>Page address and capture date not stated</source>
        <translation>Page address and capture date not stated</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BookmarksPanel</name>
    <message>
        <source>Move to &amp;Folder</source>
        <translation>Move to &amp;Folder</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Folder name:</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(No folder)</translation>
    </message>
    <message>
        <source>%1
Added %2</source>
        <translation>%1
Added %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BundleVerifier</name>
    <message>
        <source>The check was stopped before its end: nothing says this library is what its publisher compiled.</source>
        <translation>The check was stopped before its end: nothing says this library is what its publisher compiled.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BundleWorker</name>
    <message>
        <source>The library %1 is not open.</source>
        <translation>The library %1 is not open.</translation>
    </message>
    <message>
        <source>A newer version of this library (%1) is open already; close it first to open version %2.</source>
        <translation>A newer version of this library (%1) is open already; close it first to open version %2.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugBanner</name>
    <message>
        <source>See the drug page</source>
        <translation>See the drug page</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugListDelegate</name>
    <message numerus="yes">
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
        <source>Drug page</source>
        <translation>Drug page</translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation>Brands: %1</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Also written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>from %n article</numerusform>
            <numerusform>from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) pending human review</source>
        <translation>
            <numerusform>%n source pending human review</numerusform>
            <numerusform>%n sources pending human review</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed facts only</source>
        <translation>Reviewed facts only</translation>
    </message>
    <message>
        <source>Figures marked machine-extracted are read from the articles automatically and nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) to check it in its source.</source>
        <translation>Figures marked machine-extracted are read from the articles automatically and nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) to check it in its source.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine-extracted</source>
        <translation>
            <numerusform>%n machine-extracted</numerusform>
            <numerusform>%n machine-extracted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugsPanel</name>
    <message>
        <source>Filter by name or brand (Ctrl+D)</source>
        <translation>Filter by name or brand (Ctrl+D)</translation>
    </message>
    <message>
        <source>Filter drugs</source>
        <translation>Filter drugs</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>This library has no drug facts.</source>
        <translation>This library has no drug facts.</translation>
    </message>
    <message>
        <source>No drug matches “%1”.</source>
        <translation>No drug matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s)</source>
        <translation>
            <numerusform>%n drug</numerusform>
            <numerusform>%n drugs</numerusform>
        </translation>
    </message>
    <message>
        <source>Libraries of the drugs listed</source>
        <translation>Libraries of the drugs listed</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::FindBar</name>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::HistoryPanel</name>
    <message>
        <source>Reading history</source>
        <translation>Reading history</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>&amp;Clear History</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryFilter</name>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Every open library, or only one</source>
        <translation>Every open library, or only one</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>All libraries</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryModel</name>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryTrust</name>
    <message>
        <source>Checking the signature… %1 %</source>
        <translation>Checking the signature… %1 %</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Verified (%1, %2)</source>
        <translation>Verified (%1, %2)</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>All libraries verified</source>
        <translation>All libraries verified</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Not verified: %1</translation>
    </message>
    <message>
        <source>Unsigned: %1</source>
        <translation>Unsigned: %1</translation>
    </message>
    <message>
        <source>Altered: %1</source>
        <translation>Altered: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Drugs</source>
        <translation>&amp;Drugs</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <source>Open another library file (.oncoref)</source>
        <translation>Open another library file (.oncoref)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Find in Page…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;About Oncoref</source>
        <translation>&amp;About Oncoref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>The library %1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Oncoref libraries (*.oncoref);;All files (*)</translation>
    </message>
    <message>
        <source>No library is open</source>
        <translation>No library is open</translation>
    </message>
    <message>
        <source>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</source>
        <translation>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</translation>
    </message>
    <message>
        <source>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</source>
        <translation>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n article(s).</source>
        <translation>
            <numerusform>Version %1: %n article.</numerusform>
            <numerusform>Version %1: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article in the Library tab, or search the whole library with Ctrl+K.</source>
        <translation>Choose an article in the Library tab, or search the whole library with Ctrl+K.</translation>
    </message>
    <message>
        <source>The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and monitoring the articles give, each with its source.</source>
        <translation>The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and monitoring the articles give, each with its source.</translation>
    </message>
    <message>
        <source>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</source>
        <translation>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</translation>
    </message>
    <message>
        <source>Oncoref works offline: it never connects to a network.</source>
        <translation>Oncoref works offline: it never connects to a network.</translation>
    </message>
    <message>
        <source>Cannot show the drug: %1</source>
        <translation>Cannot show the drug: %1</translation>
    </message>
    <message>
        <source>Cannot show the article: %1</source>
        <translation>Cannot show the article: %1</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>No library</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Open pages</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>New tab</translation>
    </message>
    <message>
        <source>&amp;Normal Size (%1%)</source>
        <translation>&amp;Normal Size (%1%)</translation>
    </message>
    <message>
        <source>Oncoref bundle %1 %2</source>
        <translation>Oncoref bundle %1 %2</translation>
    </message>
    <message>
        <source>Review status: %1</source>
        <translation>Review status: %1</translation>
    </message>
    <message>
        <source>Open an article or a drug page to print it.</source>
        <translation>Open an article or a drug page to print it.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Select text in an article first: it is copied with its source.</source>
        <translation>Select text in an article first: it is copied with its source.</translation>
    </message>
    <message>
        <source>Copied with its source.</source>
        <translation>Copied with its source.</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>New &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Ne&amp;xt Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Pre&amp;vious Tab</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Copy with &amp;Citation</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>&amp;System Theme</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Light Theme</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dark Theme</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Table of &amp;Contents</source>
        <translation>Table of &amp;Contents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>This article differs from what its publisher compiled and signed: its text, doses and toxicities may have been changed. Do not rely on it; check the original source.</source>
        <translation>This article differs from what its publisher compiled and signed: its text, doses and toxicities may have been changed. Do not rely on it; check the original source.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Library, search, drugs and your notes</source>
        <translation>Library, search, drugs and your notes</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>Show &amp;Bookmarks</translation>
    </message>
    <message>
        <source>Show &amp;Notes</source>
        <translation>Show &amp;Notes</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Show &amp;History</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
    <message>
        <source>No library open has facts about %1.</source>
        <translation>No library open has facts about %1.</translation>
    </message>
    <message>
        <source>Close &amp;Library</source>
        <translation>Close &amp;Library</translation>
    </message>
    <message>
        <source>Close the library of the article shown (else the last one opened)</source>
        <translation>Close the library of the article shown (else the last one opened)</translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation>%1 was closed.</translation>
    </message>
    <message>
        <source>The library %1 could not be opened: %2</source>
        <translation>The library %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop checking the library&apos;s signature</source>
        <translation>Stop checking the library&apos;s signature</translation>
    </message>
    <message>
        <source>Stop checking the signature</source>
        <translation>Stop checking the signature</translation>
    </message>
    <message>
        <source>%1 libraries</source>
        <translation>%1 libraries</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Cannot show more facts: %1</source>
        <translation>Cannot show more facts: %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::NotesPanel</name>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Add Note</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Save Changes</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Delete Note</translation>
    </message>
    <message>
        <source>Notes on this article</source>
        <translation>Notes on this article</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Orphaned notes</translation>
    </message>
    <message>
        <source>On the section being read</source>
        <translation>On the section being read</translation>
    </message>
    <message>
        <source>On the section “%1”</source>
        <translation>On the section “%1”</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes on “%1”</translation>
    </message>
    <message>
        <source>Open an article to write notes on it.</source>
        <translation>Open an article to write notes on it.</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Whole article</translation>
    </message>
    <message>
        <source>Written %1, changed %2</source>
        <translation>Written %1, changed %2</translation>
    </message>
    <message>
        <source>No orphaned notes.</source>
        <translation>No orphaned notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned note(s): their article or section is no longer in the library. They are kept; copy what you need, or delete them.</source>
        <translation>
            <numerusform>%n orphaned note: its article or section is no longer in the library. It is kept; copy what you need, or delete it.</numerusform>
            <numerusform>%n orphaned notes: their article or section is no longer in the library. They are kept; copy what you need, or delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ReaderView</name>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>This viewer works offline and opens no external link; %1 was copied to the clipboard.</source>
        <translation>This viewer works offline and opens no external link; %1 was copied to the clipboard.</translation>
    </message>
    <message>
        <source>Reference %1 is not included in the captured source.</source>
        <translation>Reference %1 is not included in the captured source.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Related articles</source>
        <translation>&amp;Related articles</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Back to the text</translation>
    </message>
    <message>
        <source>Not in the captured source</source>
        <translation>Not in the captured source</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::RelatedList</name>
    <message>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <translation>In common: %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word with a letter or a digit.</source>
        <translation>Nothing to search for: type a word with a letter or a digit.</translation>
    </message>
    <message>
        <source>Nothing to search for: the query only excludes words (-word).</source>
        <translation>Nothing to search for: the query only excludes words (-word).</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>No article matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No article has every word; showing articles with most of them.</source>
        <translation>No article has every word; showing articles with most of them.</translation>
    </message>
    <message numerus="yes">
        <source>The query is long: only its first %n words were searched.</source>
        <translation>
            <numerusform>The query is long: only its first word was searched.</numerusform>
            <numerusform>The query is long: only its first %n words were searched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt; — search instead for &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Showing results for &lt;b&gt;%1&lt;/b&gt; — search instead for &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Search instead for %1</source>
        <translation>Search instead for %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Libraries to search</source>
        <translation>Libraries to search</translation>
    </message>
    <message>
        <source>The thesaurus knows %1 (%2), but no article of the library gives its doses or effects.</source>
        <translation>The thesaurus knows %1 (%2), but no article of the library gives its doses or effects.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchResultDelegate</name>
    <message>
        <source>Lacks: %1</source>
        <translation>Lacks: %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>search hit: the library the article is in</comment>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchResultsModel</name>
    <message>
        <source>%1, via %2</source>
        <translation>%1, via %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchWorker</name>
    <message>
        <source>%1 was not searched: %2</source>
        <translation>%1 was not searched: %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SettingsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>The system&apos;s (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is shown at the next start of Oncoref.</source>
        <translation>A new language is shown at the next start of Oncoref.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>Reader font</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Reader font size</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>For articles and drug pages; zoom (Ctrl+plus, Ctrl+minus) enlarges it.</source>
        <translation>For articles and drug pages; zoom (Ctrl+plus, Ctrl+minus) enlarges it.</translation>
    </message>
    <message>
        <source>Libraries opened at start</source>
        <translation>Libraries opened at start</translation>
    </message>
    <message>
        <source>Add a library file (.oncoref) to open at start</source>
        <translation>Add a library file (.oncoref) to open at start</translation>
    </message>
    <message>
        <source>Take the selected library off the list (the installed one can only be unchecked)</source>
        <translation>Take the selected library off the list (the installed one can only be unchecked)</translation>
    </message>
    <message>
        <source>Open the selected library earlier</source>
        <translation>Open the selected library earlier</translation>
    </message>
    <message>
        <source>Open the selected library later</source>
        <translation>Open the selected library later</translation>
    </message>
    <message>
        <source>Checked libraries open at the next start, in this order. Libraries you open or close meanwhile join or leave this list.</source>
        <translation>Checked libraries open at the next start, in this order. Libraries you open or close meanwhile join or leave this list.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (installed)</source>
        <translation>%1 (installed)</translation>
    </message>
    <message>
        <source>Add a Library</source>
        <translation>Add a Library</translation>
    </message>
    <message>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Oncoref libraries (*.oncoref);;All files (*)</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>From the search field to the results</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>From the first result back to the search field</source>
        <translation>From the first result back to the search field</translation>
    </message>
    <message>
        <source>Up, Esc</source>
        <translation>Up, Esc</translation>
    </message>
    <message>
        <source>Open the result, article, drug or section selected</source>
        <translation>Open the result, article, drug or section selected</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Move to the next control</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open a link or a related article in a new tab</source>
        <translation>Open a link or a related article in a new tab</translation>
    </message>
    <message>
        <source>Middle click</source>
        <translation>Middle click</translation>
    </message>
    <message>
        <source>Back, forward</source>
        <translation>Back, forward</translation>
    </message>
    <message>
        <source>Mouse side buttons</source>
        <translation>Mouse side buttons</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::TocPanel</name>
    <message>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::TrustBanner</name>
    <message>
        <source>Altered content warning</source>
        <translation>Altered content warning</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::UserDataController</name>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Bookmark This Page</translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation>Add a &amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks and Notes…</source>
        <translation>&amp;Export Bookmarks and Notes…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks and Notes…</source>
        <translation>&amp;Import Bookmarks and Notes…</translation>
    </message>
    <message>
        <source>Export Bookmarks and Notes</source>
        <translation>Export Bookmarks and Notes</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Import Bookmarks and Notes</source>
        <translation>Import Bookmarks and Notes</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open an article to bookmark it.</source>
        <translation>Open an article to bookmark it.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1.</source>
        <translation>Bookmarks and notes exported to %1.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>%1 is not an Oncoref bookmarks and notes file, or is damaged; nothing was imported.</source>
        <translation>%1 is not an Oncoref bookmarks and notes file, or is damaged; nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 bookmark(s) and %2 note(s).</source>
        <translation>Imported %1 bookmark(s) and %2 note(s).</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::UserDataService</name>
    <message>
        <source>Your bookmarks and notes cannot be saved: the folder or file is read-only.</source>
        <translation>Your bookmarks and notes cannot be saved: the folder or file is read-only.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be saved: the disk is full.</source>
        <translation>Your bookmarks and notes cannot be saved: the disk is full.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file is damaged; it was left as it is.</source>
        <translation>Your bookmarks and notes file is damaged; it was left as it is.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes were saved by a newer Oncoref; they were left as they are.</source>
        <translation>Your bookmarks and notes were saved by a newer Oncoref; they were left as they are.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes could not be changed.</source>
        <translation>Your bookmarks and notes could not be changed.</translation>
    </message>
    <message>
        <source>%1 Reading and searching the library go on.
File: %2</source>
        <translation>%1 Reading and searching the library go on.
File: %2</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be saved now: the file is in use by another program.</source>
        <translation>Your bookmarks and notes cannot be saved now: the file is in use by another program.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are unavailable: the file cannot be opened.</source>
        <translation>Your bookmarks and notes are unavailable: the file cannot be opened.</translation>
    </message>
</context>
</TS>
