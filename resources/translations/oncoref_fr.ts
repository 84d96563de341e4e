<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReviewBadge</name>
    <message>
        <location filename="../../app/viewer/reviewbadge.cpp" line="+14"/>
        <source>Pending human review</source>
        <translation>En attente de relecture humaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published in a journal</source>
        <translation>Publié dans une revue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review status not stated</source>
        <translation>Statut de relecture non précisé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/viewer/main.cpp" line="+98"/>
        <source>Offline oncology reference viewer.</source>
        <translation>Visionneuse de référence en oncologie, hors ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library file (.oncoref) to open.</source>
        <translation>Le fichier de bibliothèque (.oncoref) à ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l’interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ArticleHeader</name>
    <message>
        <location filename="../../app/viewer/articleheader.cpp" line="+77"/>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the source&apos;s disclaimer</source>
        <translation>Afficher ou masquer l’avertissement de la source</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Topics: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture: %1</source>
        <translation>Capture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOI: %1</source>
        <translation>DOI&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PMID: %1</source>
        <translation>PMID&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published: %1</source>
        <translation>Publication&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated: %1</source>
        <translation>Mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date not stated</source>
        <translation>Date non précisée</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Language: %1</source>
        <translation>
            <numerusform>Langue&#xa0;: %1</numerusform>
            <numerusform>Langues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(original: %1)</source>
        <translation>(langue d’origine&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryModel</name>
    <message>
        <location filename="../../app/viewer/librarymodel.cpp" line="+33"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n article</numerusform>
            <numerusform>%1&#xa0;: %n articles</numerusform>
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
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another library file (.oncoref)</source>
        <translation>Ouvrir un autre fichier de bibliothèque (.oncoref)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Oncoref</source>
        <translation>À &amp;propos d’Oncoref</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 could not be opened.

%2</source>
        <translation>La bibliothèque %1 n’a pas pu être ouverte.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Bibliothèques Oncoref (*.oncoref);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</source>
        <translation>Oncoref affiche les articles d’un fichier de bibliothèque (.oncoref). Ouvrez-en un avec Fichier ▸ Ouvrir une bibliothèque… (Ctrl+O), ou indiquez son chemin sur la ligne de commande&#xa0;: `oncoref /chemin/vers/oncology.oncoref`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</source>
        <translation>Pour construire la bibliothèque à partir de ses sources, lancez `oncoref-cli build content -o oncology.oncoref`, puis placez le fichier à côté du programme oncoref ou indiquez son chemin dans la variable d’environnement ONCOREF_BUNDLE.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Version %1: %n article(s).</source>
        <translation>
            <numerusform>Version %1&#xa0;: %n article.</numerusform>
            <numerusform>Version %1&#xa0;: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an article in the Library tab, or search the whole library with Ctrl+K.</source>
        <translation>Choisissez un article dans l’onglet Bibliothèque, ou cherchez dans toute la bibliothèque avec Ctrl+K.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</source>
        <translation>Chaque article indique sa provenance et son statut de relecture. Le contenu en attente de relecture humaine est signalé en orange&#xa0;: vérifiez-le auprès des sources primaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oncoref works offline: it never connects to a network.</source>
        <translation>Oncoref fonctionne hors ligne&#xa0;: il ne se connecte jamais à un réseau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot show the article: %1</source>
        <translation>Impossible d’afficher l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No library</source>
        <translation>Aucune bibliothèque</translation>
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
        <translation>Visionneuse de référence en oncologie, hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works entirely offline: no network access, no tracking.</source>
        <translation>Fonctionne entièrement hors ligne&#xa0;: aucun accès au réseau, aucun pistage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: MIT.</source>
        <translation>Licence&#xa0;: MIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: %1, version %2.</source>
        <translation>Bibliothèque&#xa0;: %1, version %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a substitute for clinical judgement: check every article against its source.</source>
        <translation>Ne remplace pas le jugement clinique&#xa0;: vérifiez chaque article auprès de sa source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oncoref %1</source>
        <translation>Oncoref %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Oncoref</source>
        <translation>À propos d’Oncoref</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ReaderView</name>
    <message>
        <location filename="../../app/viewer/readerview.cpp" line="+76"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This viewer works offline and opens no external link; %1 was copied to the clipboard.</source>
        <translation>Cette visionneuse fonctionne hors ligne et n’ouvre aucun lien externe&#x202f;; %1 a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reference %1 is not included in the captured source.</source>
        <translation>La référence %1 ne figure pas dans la source capturée.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchPanel</name>
    <message>
        <location filename="../../app/viewer/searchpanel.cpp" line="+28"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to search for: type a word with a letter or a digit.</source>
        <translation>Rien à rechercher&#xa0;: saisissez un mot contenant une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to search for: the query only excludes words (-word).</source>
        <translation>Rien à rechercher&#xa0;: la requête ne fait qu’exclure des mots (-mot).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
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
        <translation>Aucun article ne contient tous les mots&#x202f;; voici ceux qui en contiennent le plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The query is long: only its first %n words were searched.</source>
        <translation>
            <numerusform>La requête est longue&#xa0;: seul son premier mot a été recherché.</numerusform>
            <numerusform>La requête est longue&#xa0;: seuls ses %n premiers mots ont été recherchés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
</context>
</TS>
