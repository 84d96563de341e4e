<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CitationText</name>
    <message>
        <source>updated %1</source>
        <translation>mise à jour : %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publication : %1</translation>
    </message>
    <message>
        <source>Oncoref bundle %1 %2</source>
        <translation>bibliothèque Oncoref %1 %2</translation>
    </message>
</context>
<context>
    <name>DrugName</name>
    <message>
        <source>radiotherapy</source>
        <translation>radiothérapie</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>chimiothérapie</translation>
    </message>
</context>
<context>
    <name>DrugText</name>
    <message>
        <source>Dosing</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Dose or schedule</source>
        <translation>Dose ou schéma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adaptations de dose</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Adverse effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>What to monitor</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contre-indications</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Contre-indication</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>concerne %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>date non précisée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>⚠ sources differ</source>
        <translation>⚠ les sources divergent</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n donnée</numerusform>
            <numerusform>%n données</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ ALTERED since compiled: do not use</source>
        <translation>⚠ ALTÉRÉ depuis la compilation : ne pas utiliser</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>How to take or give it</source>
        <translation>Prise ou administration</translation>
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
        <translation>fréquence non précisée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>✔ reviewed</source>
        <translation>✔ vérifié</translation>
    </message>
    <message>
        <source>machine-extracted</source>
        <translation>extrait automatiquement</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Show more doses (%n not shown)</source>
        <translation>
            <numerusform>Afficher plus de doses (%n non affichée)</numerusform>
            <numerusform>Afficher plus de doses (%n non affichées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more schedules (%n not shown)</source>
        <translation>
            <numerusform>Afficher plus de schémas (%n non affiché)</numerusform>
            <numerusform>Afficher plus de schémas (%n non affichés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n not shown)</source>
        <translation>
            <numerusform>Afficher plus (%n non affichée)</numerusform>
            <numerusform>Afficher plus (%n non affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder or a special file, not a library file.</source>
        <translation>C’est un dossier ou un fichier spécial, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>The file cannot be opened: check that you may read it.</source>
        <translation>Impossible d’ouvrir ce fichier : vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>This file is not an Oncoref library.</source>
        <translation>Ce fichier n’est pas une bibliothèque Oncoref.</translation>
    </message>
    <message>
        <source>This library was made for another version of Oncoref: rebuild it, or update Oncoref.</source>
        <translation>Cette bibliothèque a été faite pour une autre version d’Oncoref : reconstruisez-la ou mettez Oncoref à jour.</translation>
    </message>
    <message>
        <source>The library is damaged and cannot be read.</source>
        <translation>La bibliothèque est endommagée et illisible.</translation>
    </message>
    <message>
        <source>The library could not be read: it may be damaged.</source>
        <translation>Impossible de lire la bibliothèque : elle est peut-être endommagée.</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>ReviewBadge</name>
    <message>
        <source>Pending human review</source>
        <translation>En attente de relecture humaine</translation>
    </message>
    <message>
        <source>Published in a journal</source>
        <translation>Publié dans une revue</translation>
    </message>
    <message>
        <source>Review status not stated</source>
        <translation>Statut de relecture non précisé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline oncology reference viewer.</source>
        <translation>Visionneuse de référence en oncologie, hors ligne.</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l’interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Oncoref %1, Qt %2</source>
        <translation>Oncoref %1, Qt %2</translation>
    </message>
    <message>
        <source>No library found: name one, or set ONCOREF_BUNDLE.</source>
        <translation>Aucune bibliothèque trouvée : indiquez-en une, ou définissez ONCOREF_BUNDLE.</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>Ouvert %1 : %2</translation>
    </message>
    <message>
        <source>Open the library, print what was opened and quit: a check of an installation (exit status 0 when the library opened).</source>
        <translation>Ouvrir la bibliothèque, afficher ce qui a été ouvert et quitter : une vérification de l’installation (code de sortie 0 si la bibliothèque s’est ouverte).</translation>
    </message>
    <message>
        <source>The library files (.oncoref) to open, one or several.</source>
        <translation>Les fichiers de bibliothèque (.oncoref) à ouvrir, un ou plusieurs.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::AboutDialog</name>
    <message>
        <source>About Oncoref</source>
        <translation>À propos d’Oncoref</translation>
    </message>
    <message>
        <source>Oncoref %1</source>
        <translation>Oncoref %1</translation>
    </message>
    <message>
        <source>Offline oncology reference viewer. Works entirely offline: no network access, no tracking.</source>
        <translation>Visionneuse de référence en oncologie hors ligne. Fonctionne entièrement hors ligne : aucun accès au réseau, aucun pistage.</translation>
    </message>
    <message>
        <source>Not a substitute for clinical judgement: check every article against its source.</source>
        <translation>Ne remplace pas le jugement clinique : vérifiez chaque article auprès de sa source.</translation>
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
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Format de bibliothèque</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothèque ouverte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Compilée le</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
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
        <translation>Les articles d’une bibliothèque appartiennent à leurs éditeurs ; la licence du code ne les couvre pas.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ArticleHeader</name>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>DOI: %1</source>
        <translation>DOI&#xa0;: %1</translation>
    </message>
    <message>
        <source>PMID: %1</source>
        <translation>PMID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date not stated</source>
        <translation>Date non précisée</translation>
    </message>
    <message numerus="yes">
        <source>Language: %1</source>
        <translation>
            <numerusform>Langue&#xa0;: %1</numerusform>
            <numerusform>Langues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(original: %1)</source>
        <translation>(langue d’origine&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the question, identifiers, topics, provenance and disclaimer</source>
        <translation>Afficher ou masquer la question, les identifiants, les thèmes, la provenance et l’avertissement</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <source>Captured from %1 on %2</source>
        <translation>Capturé depuis %1 le %2</translation>
    </message>
    <message>
        <source>Captured from %1 (capture date not stated)</source>
        <translation>Capturé depuis %1 (date de capture non indiquée)</translation>
    </message>
    <message>
        <source>Captured on %1 (page address not stated)</source>
        <translation>Capturé le %1 (adresse de la page non indiquée)</translation>
    </message>
    <message>
        <source>Page address and capture date not stated</source>
        <translation>Adresse de la page et date de capture non indiquées</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BookmarksPanel</name>
    <message>
        <source>Move to &amp;Folder</source>
        <translation>Déplacer dans un &amp;dossier</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(Aucun dossier)</translation>
    </message>
    <message>
        <source>%1
Added %2</source>
        <translation>%1
Ajouté le %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BundleVerifier</name>
    <message>
        <source>The check was stopped before its end: nothing says this library is what its publisher compiled.</source>
        <translation>La vérification a été arrêtée avant la fin : rien ne dit que cette bibliothèque est celle que son éditeur a compilée.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BundleWorker</name>
    <message>
        <source>The library %1 is not open.</source>
        <translation>La bibliothèque %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <source>A newer version of this library (%1) is open already; close it first to open version %2.</source>
        <translation>Une version plus récente de cette bibliothèque (%1) est déjà ouverte ; fermez-la d’abord pour ouvrir la version %2.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugBanner</name>
    <message>
        <source>See the drug page</source>
        <translation>Voir la fiche</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugListDelegate</name>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n donnée</numerusform>
            <numerusform>%n données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugListModel</name>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n donnée</numerusform>
            <numerusform>%n données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugView</name>
    <message>
        <source>Drug page</source>
        <translation>Fiche du médicament</translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation>Marques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Autres graphies&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n donnée</numerusform>
            <numerusform>%n données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>%n article source</numerusform>
            <numerusform>%n articles sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) pending human review</source>
        <translation>
            <numerusform>%n source en attente de relecture humaine</numerusform>
            <numerusform>%n sources en attente de relecture humaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed facts only</source>
        <translation>Faits vérifiés seulement</translation>
    </message>
    <message>
        <source>Figures marked machine-extracted are read from the articles automatically and nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) to check it in its source.</source>
        <translation>Les chiffres marqués « extrait automatiquement » sont lus dans les articles par le programme et personne ne les a encore vérifiés. Ouvrez une ligne (cliquez dessus, ou atteignez-la avec Tab puis Entrée) pour la vérifier dans sa source.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n vérifié</numerusform>
            <numerusform>%n vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine-extracted</source>
        <translation>
            <numerusform>%n extrait automatiquement</numerusform>
            <numerusform>%n extraits automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::DrugsPanel</name>
    <message>
        <source>Filter by name or brand (Ctrl+D)</source>
        <translation>Filtrer par nom ou marque (Ctrl+D)</translation>
    </message>
    <message>
        <source>Filter drugs</source>
        <translation>Filtrer les médicaments</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>This library has no drug facts.</source>
        <translation>Cette bibliothèque ne contient aucune donnée sur les médicaments.</translation>
    </message>
    <message>
        <source>No drug matches “%1”.</source>
        <translation>Aucun médicament ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s)</source>
        <translation>
            <numerusform>%n médicament</numerusform>
            <numerusform>%n médicaments</numerusform>
        </translation>
    </message>
    <message>
        <source>Libraries of the drugs listed</source>
        <translation>Bibliothèques des médicaments listés</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::FindBar</name>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::HistoryPanel</name>
    <message>
        <source>Reading history</source>
        <translation>Historique de lecture</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>&amp;Effacer l’historique</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lu le %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryFilter</name>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Every open library, or only one</source>
        <translation>Toutes les bibliothèques ouvertes, ou une seule</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>Toutes les bibliothèques</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryModel</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n article</numerusform>
            <numerusform>%1&#xa0;: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::LibraryTrust</name>
    <message>
        <source>Checking the signature… %1 %</source>
        <translation>Vérification de la signature… %1 %</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Vérification de la signature…</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Verified (%1, %2)</source>
        <translation>Vérifiée (%1, %2)</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Altérée</translation>
    </message>
    <message>
        <source>All libraries verified</source>
        <translation>Toutes les bibliothèques sont vérifiées</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifiée : %1</translation>
    </message>
    <message>
        <source>Unsigned: %1</source>
        <translation>Non signée : %1</translation>
    </message>
    <message>
        <source>Altered: %1</source>
        <translation>Altérée : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Drugs</source>
        <translation>&amp;Médicaments</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open another library file (.oncoref)</source>
        <translation>Ouvrir un autre fichier de bibliothèque (.oncoref)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Rechercher dans la &amp;page…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;About Oncoref</source>
        <translation>À &amp;propos d’Oncoref</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>La bibliothèque %1 n’a pas pu être ouverte.

%2</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Bibliothèques Oncoref (*.oncoref);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No library is open</source>
        <translation>Aucune bibliothèque n’est ouverte</translation>
    </message>
    <message>
        <source>Oncoref shows the articles of a library file (.oncoref). Open one with File ▸ Open Library… (Ctrl+O), or give its path on the command line: `oncoref /path/to/oncology.oncoref`.</source>
        <translation>Oncoref affiche les articles d’un fichier de bibliothèque (.oncoref). Ouvrez-en un avec Fichier ▸ Ouvrir une bibliothèque… (Ctrl+O), ou indiquez son chemin sur la ligne de commande&#xa0;: `oncoref /chemin/vers/oncology.oncoref`.</translation>
    </message>
    <message>
        <source>To build the library from its sources, run `oncoref-cli build content -o oncology.oncoref`, then put the file next to the oncoref program or name it in the ONCOREF_BUNDLE environment variable.</source>
        <translation>Pour construire la bibliothèque à partir de ses sources, lancez `oncoref-cli build content -o oncology.oncoref`, puis placez le fichier à côté du programme oncoref ou indiquez son chemin dans la variable d’environnement ONCOREF_BUNDLE.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n article(s).</source>
        <translation>
            <numerusform>Version %1&#xa0;: %n article.</numerusform>
            <numerusform>Version %1&#xa0;: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article in the Library tab, or search the whole library with Ctrl+K.</source>
        <translation>Choisissez un article dans l’onglet Bibliothèque, ou cherchez dans toute la bibliothèque avec Ctrl+K.</translation>
    </message>
    <message>
        <source>The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and monitoring the articles give, each with its source.</source>
        <translation>L’onglet Médicaments (Ctrl+D) rassemble, médicament par médicament, les doses, effets indésirables et surveillances que donnent les articles, chacun avec sa source.</translation>
    </message>
    <message>
        <source>Every article shows where it comes from and its review status. Content pending human review is marked in amber: check it against primary sources.</source>
        <translation>Chaque article indique sa provenance et son statut de relecture. Le contenu en attente de relecture humaine est signalé en orange&#xa0;: vérifiez-le auprès des sources primaires.</translation>
    </message>
    <message>
        <source>Oncoref works offline: it never connects to a network.</source>
        <translation>Oncoref fonctionne hors ligne&#xa0;: il ne se connecte jamais à un réseau.</translation>
    </message>
    <message>
        <source>Cannot show the drug: %1</source>
        <translation>Impossible d’afficher le médicament&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot show the article: %1</source>
        <translation>Impossible d’afficher l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>Aucune bibliothèque</translation>
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
        <translation>Pages ouvertes</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>&amp;Normal Size (%1%)</source>
        <translation>Taille &amp;normale (%1 %)</translation>
    </message>
    <message>
        <source>Oncoref bundle %1 %2</source>
        <translation>bibliothèque Oncoref %1 %2</translation>
    </message>
    <message>
        <source>Review status: %1</source>
        <translation>Statut de relecture : %1</translation>
    </message>
    <message>
        <source>Open an article or a drug page to print it.</source>
        <translation>Ouvrez un article ou une fiche médicament pour l’imprimer.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Select text in an article first: it is copied with its source.</source>
        <translation>Sélectionnez d’abord du texte dans un article : il est copié avec sa source.</translation>
    </message>
    <message>
        <source>Copied with its source.</source>
        <translation>Copié avec sa source.</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Copier avec la &amp;citation</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>Thème du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Table of &amp;Contents</source>
        <translation>&amp;Table des matières</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>This article differs from what its publisher compiled and signed: its text, doses and toxicities may have been changed. Do not rely on it; check the original source.</source>
        <translation>Cet article diffère de ce que son éditeur a compilé et signé : son texte, ses doses et ses toxicités ont pu être modifiés. Ne vous y fiez pas ; vérifiez la source originale.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>Si&amp;gnets</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Library, search, drugs and your notes</source>
        <translation>Bibliothèque, recherche, médicaments et vos notes</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>Afficher les si&amp;gnets</translation>
    </message>
    <message>
        <source>Show &amp;Notes</source>
        <translation>Afficher les &amp;notes</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l’&amp;historique</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L’ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>No library open has facts about %1.</source>
        <translation>Aucune bibliothèque ouverte ne contient de données sur %1.</translation>
    </message>
    <message>
        <source>Close &amp;Library</source>
        <translation>Fermer la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Close the library of the article shown (else the last one opened)</source>
        <translation>Fermer la bibliothèque de l’article affiché (sinon la dernière ouverte)</translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation>Bibliothèque fermée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The library %1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop checking the library&apos;s signature</source>
        <translation>Arrêter la vérification de la signature de la bibliothèque</translation>
    </message>
    <message>
        <source>Stop checking the signature</source>
        <translation>Arrêter la vérification de la signature</translation>
    </message>
    <message>
        <source>%1 libraries</source>
        <translation>%1 bibliothèques</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>Cannot show more facts: %1</source>
        <translation>Impossible d’afficher plus de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::NotesPanel</name>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Notes on this article</source>
        <translation>Notes sur cet article</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Écrire une note…</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notes orphelines</translation>
    </message>
    <message>
        <source>On the section being read</source>
        <translation>Sur la section en cours de lecture</translation>
    </message>
    <message>
        <source>On the section “%1”</source>
        <translation>Sur la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Open an article to write notes on it.</source>
        <translation>Ouvrez un article pour y écrire des notes.</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Article entier</translation>
    </message>
    <message>
        <source>Written %1, changed %2</source>
        <translation>Écrite le %1, modifiée le %2</translation>
    </message>
    <message>
        <source>No orphaned notes.</source>
        <translation>Aucune note orpheline.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned note(s): their article or section is no longer in the library. They are kept; copy what you need, or delete them.</source>
        <translation>
            <numerusform>%n note orpheline&#xa0;: son article ou sa section n’est plus dans la bibliothèque. Elle est conservée&#xa0;; copiez ce qui vous sert, ou supprimez-la.</numerusform>
            <numerusform>%n notes orphelines&#xa0;: leur article ou leur section n’est plus dans la bibliothèque. Elles sont conservées&#xa0;; copiez ce qui vous sert, ou supprimez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ReaderView</name>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>This viewer works offline and opens no external link; %1 was copied to the clipboard.</source>
        <translation>Cette visionneuse fonctionne hors ligne et n’ouvre aucun lien externe&#x202f;; %1 a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Reference %1 is not included in the captured source.</source>
        <translation>La référence %1 ne figure pas dans la source capturée.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Related articles</source>
        <translation>Articles &amp;liés</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Retour au texte</translation>
    </message>
    <message>
        <source>Not in the captured source</source>
        <translation>Absente de la source capturée</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::RelatedList</name>
    <message>
        <source>Related articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <translation>En commun : %1</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+K)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word with a letter or a digit.</source>
        <translation>Rien à rechercher&#xa0;: saisissez un mot contenant une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Nothing to search for: the query only excludes words (-word).</source>
        <translation>Rien à rechercher&#xa0;: la requête ne fait qu’exclure des mots (-mot).</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Aucun article ne correspond à «&#xa0;%1&#xa0;».</translation>
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
        <translation>Aucun article ne contient tous les mots&#x202f;; voici ceux qui en contiennent le plus.</translation>
    </message>
    <message numerus="yes">
        <source>The query is long: only its first %n words were searched.</source>
        <translation>
            <numerusform>La requête est longue&#xa0;: seul son premier mot a été recherché.</numerusform>
            <numerusform>La requête est longue&#xa0;: seuls ses %n premiers mots ont été recherchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt; — search instead for &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Résultats pour &lt;b&gt;%1&lt;/b&gt; — rechercher plutôt &lt;a href=&quot;#as-typed&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Search instead for %1</source>
        <translation>Rechercher plutôt %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Libraries to search</source>
        <translation>Bibliothèques où chercher</translation>
    </message>
    <message>
        <source>The thesaurus knows %1 (%2), but no article of the library gives its doses or effects.</source>
        <translation>Le thésaurus connaît %1 (%2), mais aucun article de la bibliothèque n’en donne les doses ni les effets.</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SearchResultDelegate</name>
    <message>
        <source>Lacks: %1</source>
        <translation>Absent : %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>search hit: the library the article is in</comment>
        <translation>dans %1</translation>
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
        <translation>Recherche faite sans %1 : %2</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::SettingsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is shown at the next start of Oncoref.</source>
        <translation>La nouvelle langue s’affiche au prochain démarrage d’Oncoref.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Taille de la police de lecture</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ta&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>For articles and drug pages; zoom (Ctrl+plus, Ctrl+minus) enlarges it.</source>
        <translation>Pour les articles et les fiches des médicaments&#xa0;; le zoom (Ctrl+plus, Ctrl+moins) l’agrandit.</translation>
    </message>
    <message>
        <source>Libraries opened at start</source>
        <translation>Bibliothèques ouvertes au démarrage</translation>
    </message>
    <message>
        <source>Add a library file (.oncoref) to open at start</source>
        <translation>Ajouter un fichier de bibliothèque (.oncoref) à ouvrir au démarrage</translation>
    </message>
    <message>
        <source>Take the selected library off the list (the installed one can only be unchecked)</source>
        <translation>Retirer de la liste la bibliothèque choisie (celle qui est installée peut seulement être décochée)</translation>
    </message>
    <message>
        <source>Open the selected library earlier</source>
        <translation>Ouvrir plus tôt la bibliothèque choisie</translation>
    </message>
    <message>
        <source>Open the selected library later</source>
        <translation>Ouvrir plus tard la bibliothèque choisie</translation>
    </message>
    <message>
        <source>Checked libraries open at the next start, in this order. Libraries you open or close meanwhile join or leave this list.</source>
        <translation>Les bibliothèques cochées s’ouvrent au prochain démarrage, dans cet ordre. Celles que vous ouvrez ou fermez d’ici là entrent dans la liste ou en sortent.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (installed)</source>
        <translation>%1 (installée)</translation>
    </message>
    <message>
        <source>Add a Library</source>
        <translation>Ajouter une bibliothèque</translation>
    </message>
    <message>
        <source>Oncoref libraries (*.oncoref);;All files (*)</source>
        <translation>Bibliothèques Oncoref (*.oncoref);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Du champ de recherche aux résultats</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>From the first result back to the search field</source>
        <translation>Du premier résultat au champ de recherche</translation>
    </message>
    <message>
        <source>Up, Esc</source>
        <translation>Haut, Échap</translation>
    </message>
    <message>
        <source>Open the result, article, drug or section selected</source>
        <translation>Ouvrir le résultat, l’article, le médicament ou la section sélectionnés</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Passer au contrôle suivant</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche dans la page</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Open a link or a related article in a new tab</source>
        <translation>Ouvrir un lien ou un article lié dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Middle click</source>
        <translation>Clic du milieu</translation>
    </message>
    <message>
        <source>Back, forward</source>
        <translation>Précédent, suivant</translation>
    </message>
    <message>
        <source>Mouse side buttons</source>
        <translation>Boutons latéraux de la souris</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::TocPanel</name>
    <message>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::TrustBanner</name>
    <message>
        <source>Altered content warning</source>
        <translation>Avertissement : contenu altéré</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::UserDataController</name>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>Ajouter cette page aux si&amp;gnets</translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks and Notes…</source>
        <translation>&amp;Exporter les signets et les notes…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks and Notes…</source>
        <translation>&amp;Importer des signets et des notes…</translation>
    </message>
    <message>
        <source>Export Bookmarks and Notes</source>
        <translation>Exporter les signets et les notes</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Bookmarks and Notes</source>
        <translation>Importer des signets et des notes</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an article to bookmark it.</source>
        <translation>Ouvrez un article pour l’ajouter aux signets.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Ajouté aux signets&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1.</source>
        <translation>Signets et notes exportés dans %1.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not an Oncoref bookmarks and notes file, or is damaged; nothing was imported.</source>
        <translation>%1 n’est pas un fichier de signets et de notes d’Oncoref, ou il est endommagé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported %1 bookmark(s) and %2 note(s).</source>
        <translation>Importé&#xa0;: %1 signet(s) et %2 note(s).</translation>
    </message>
</context>
<context>
    <name>oncoref::viewer::UserDataService</name>
    <message>
        <source>Your bookmarks and notes cannot be saved: the folder or file is read-only.</source>
        <translation>Vos signets et vos notes ne peuvent pas être enregistrés&#xa0;: le dossier ou le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be saved: the disk is full.</source>
        <translation>Vos signets et vos notes ne peuvent pas être enregistrés&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file is damaged; it was left as it is.</source>
        <translation>Le fichier de vos signets et de vos notes est endommagé&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes were saved by a newer Oncoref; they were left as they are.</source>
        <translation>Vos signets et vos notes ont été enregistrés par une version plus récente d’Oncoref&#xa0;; ils ont été laissés tels quels.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes could not be changed.</source>
        <translation>Vos signets et vos notes n’ont pas pu être modifiés.</translation>
    </message>
    <message>
        <source>%1 Reading and searching the library go on.
File: %2</source>
        <translation>%1 La lecture et la recherche dans la bibliothèque continuent.
Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be saved now: the file is in use by another program.</source>
        <translation>Vos signets et vos notes ne peuvent pas être enregistrés pour l’instant&#xa0;: un autre programme utilise le fichier.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are unavailable: the file cannot be opened.</source>
        <translation>Vos signets et vos notes sont indisponibles&#xa0;: le fichier ne peut pas être ouvert.</translation>
    </message>
</context>
</TS>
