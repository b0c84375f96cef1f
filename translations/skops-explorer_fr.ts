<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Skops Explorer</source>
        <translation>À propos de Skops Explorer</translation>
    </message>
    <message>
        <source>Skops Explorer %1</source>
        <translation>Skops Explorer %1</translation>
    </message>
    <message>
        <source>Inspect, audit and export scikit-learn .skops files without Python. Nothing stored in a file is ever executed.</source>
        <translation>Inspecter, auditer et exporter des fichiers .skops de scikit-learn sans Python. Rien de ce qu&apos;un fichier contient n&apos;est jamais exécuté.</translation>
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
        <source>QuaZip</source>
        <translation>QuaZip</translation>
    </message>
    <message>
        <source>Built-in allow-lists: the types skops trusts by default, as recorded in each environment.</source>
        <translation>Listes d&apos;autorisation intégrées : les types auxquels skops fait confiance par défaut, tels que relevés dans chaque environnement.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisée)</translation>
    </message>
</context>
<context>
    <name>ArrayPanel</name>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>signed integer</source>
        <translation>entier signé</translation>
    </message>
    <message>
        <source>unsigned integer</source>
        <translation>entier non signé</translation>
    </message>
    <message>
        <source>floating point</source>
        <translation>virgule flottante</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complexe</translation>
    </message>
    <message>
        <source>Unicode string</source>
        <translation>chaîne Unicode</translation>
    </message>
    <message>
        <source>byte string</source>
        <translation>chaîne d&apos;octets</translation>
    </message>
    <message>
        <source>raw bytes (void)</source>
        <translation>octets bruts (void)</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>date et heure (datetime)</translation>
    </message>
    <message>
        <source>timedelta</source>
        <translation>durée (timedelta)</translation>
    </message>
    <message>
        <source>structured record</source>
        <translation>enregistrement structuré</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>petit-boutiste (little-endian)</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>gros-boutiste (big-endian)</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>dtype.str</source>
        <translation>dtype.str</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Item size (bytes)</source>
        <translation>Taille d&apos;un élément (octets)</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>Ordre des octets</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>(padding)</source>
        <translation>(remplissage)</translation>
    </message>
    <message>
        <source>Select an array, a numpy scalar, a dtype, a masked array or a sparse matrix in the tree to see its values here.</source>
        <translation>Sélectionnez dans l&apos;arbre un tableau, un scalaire numpy, un dtype, un tableau masqué ou une matrice creuse pour en voir les valeurs ici.</translation>
    </message>
    <message>
        <source>%1 is not an array. Select an array, a numpy scalar, a dtype, a masked array or a sparse matrix in the tree to see its values here.</source>
        <translation>%1 n&apos;est pas un tableau. Sélectionnez dans l&apos;arbre un tableau, un scalaire numpy, un dtype, un tableau masqué ou une matrice creuse pour en voir les valeurs ici.</translation>
    </message>
    <message>
        <source>This masked array has no readable data array.</source>
        <translation>Ce tableau masqué n&apos;a pas de tableau de données lisible.</translation>
    </message>
    <message>
        <source>A masked array of objects.</source>
        <translation>Un tableau masqué d&apos;objets.</translation>
    </message>
    <message>
        <source>This dtype&apos;s array member is missing or unreadable.</source>
        <translation>Le membre de l&apos;archive qui contient le tableau de ce dtype est absent ou illisible.</translation>
    </message>
    <message>
        <source>A numpy dtype (stored as an empty array in %1).</source>
        <translation>Un dtype numpy (stocké comme tableau vide dans %1).</translation>
    </message>
    <message>
        <source>An object array (dtype=object) of shape %1; top-level items: %2. skops stores its elements as nodes of the tree, not as an .npy member: expand it in the tree to see them.</source>
        <translation>Un tableau d&apos;objets (dtype=object) de forme %1 ; éléments de premier niveau : %2. skops stocke ses éléments comme nœuds de l&apos;arbre et non comme membre .npy : dépliez-le dans l&apos;arbre pour les voir.</translation>
    </message>
    <message>
        <source>This sparse matrix names no member.</source>
        <translation>Cette matrice creuse ne désigne aucun membre.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>The array cannot be shown: %1</source>
        <translation>Le tableau ne peut pas être affiché : %1</translation>
    </message>
</context>
<context>
    <name>ArrayStatistics</name>
    <message>
        <source>Statistics need numeric values, not &apos;%1&apos;.</source>
        <translation>Les statistiques demandent des valeurs numériques, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
    <message>
        <source>A heatmap needs a slice of the array.</source>
        <translation>Une carte thermique demande une tranche du tableau.</translation>
    </message>
</context>
<context>
    <name>ArrayView</name>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>rows %1–%2, columns %3–%4</source>
        <translation>lignes %1–%2, colonnes %3–%4</translation>
    </message>
    <message>
        <source>no finite value</source>
        <translation>aucune valeur finie</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valeurs</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogramme</translation>
    </message>
    <message>
        <source>Heat&amp;map</source>
        <translation>Carte &amp;thermique</translation>
    </message>
    <message>
        <source>The axis that runs down the rows</source>
        <translation>L&apos;axe qui descend le long des lignes</translation>
    </message>
    <message>
        <source>The axis that runs across the columns</source>
        <translation>L&apos;axe qui parcourt les colonnes</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Row page:</source>
        <translation>Page de lignes :</translation>
    </message>
    <message>
        <source>The table shows %L1 rows at a time</source>
        <translation>Le tableau montre %L1 lignes à la fois</translation>
    </message>
    <message>
        <source>Column page:</source>
        <translation>Page de colonnes :</translation>
    </message>
    <message>
        <source>The table shows %L1 columns at a time</source>
        <translation>Le tableau montre %L1 colonnes à la fois</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Block mean</source>
        <translation>Moyenne du bloc</translation>
    </message>
    <message>
        <source>Block value of largest magnitude</source>
        <translation>Valeur du bloc de plus grande amplitude</translation>
    </message>
    <message>
        <source>How a block of values becomes one pixel when the slice has more than %1 rows or columns</source>
        <translation>Comment un bloc de valeurs devient un pixel lorsque la tranche a plus de %1 lignes ou colonnes</translation>
    </message>
    <message>
        <source>The numeric field that statistics, histogram and heatmap show</source>
        <translation>Le champ numérique que montrent les statistiques, l&apos;histogramme et la carte thermique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statistiques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show &amp;masked values</source>
        <translation>Afficher les valeurs &amp;masquées</translation>
    </message>
    <message>
        <source>Masked values read &quot;--&quot;, as numpy prints them; tick to see the stored values in grey</source>
        <translation>Les valeurs masquées s&apos;affichent « -- », comme numpy les imprime ; cochez pour voir les valeurs stockées en gris</translation>
    </message>
    <message>
        <source>Export array as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Every element, one line each, with its index along every axis</source>
        <translation>Chaque élément sur sa propre ligne, avec son indice le long de chaque axe</translation>
    </message>
    <message>
        <source>Export slice as CSV…</source>
        <translation>Exporter la tranche en CSV…</translation>
    </message>
    <message>
        <source>The current two-dimensional slice, every page of it, as a table</source>
        <translation>La tranche bidimensionnelle actuelle, toutes pages comprises, sous forme de table</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled. Show this tab again to compute the histogram.</source>
        <translation>Annulé. Affichez à nouveau cet onglet pour calculer l&apos;histogramme.</translation>
    </message>
    <message>
        <source>Cancelled. Show this tab again to compute the heatmap.</source>
        <translation>Annulé. Affichez à nouveau cet onglet pour calculer la carte thermique.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Calcul des statistiques…</translation>
    </message>
    <message>
        <source>Computing the histogram…</source>
        <translation>Calcul de l&apos;histogramme…</translation>
    </message>
    <message>
        <source>Computing the heatmap…</source>
        <translation>Calcul de la carte thermique…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The mask does not fit the data (it must be a bool array of the same shape) and is ignored.</source>
        <translation>Le masque ne correspond pas aux données (il doit être un tableau bool de même forme) et est ignoré.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The index along %1 (0 to %2)</source>
        <translation>L&apos;indice le long de %1 (de 0 à %2)</translation>
    </message>
    <message>
        <source>of %1: %2–%3 of %4</source>
        <translation>de %1 : %2–%3 sur %4</translation>
    </message>
    <message>
        <source>No array.</source>
        <translation>Aucun tableau.</translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation>dtype %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>forme %1</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>stored in Fortran order</source>
        <translation>stocké dans l&apos;ordre Fortran</translation>
    </message>
    <message>
        <source>The dtype has more than %1 fields; the table shows the first %1.</source>
        <translation>Le dtype a plus de %1 champs ; la table montre les %1 premiers.</translation>
    </message>
    <message>
        <source>No statistics: the values of dtype %1 are not numbers.</source>
        <translation>Pas de statistiques : les valeurs de dtype %1 ne sont pas des nombres.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Values (not masked)</source>
        <translation>Valeurs (non masquées)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Finite</source>
        <translation>Finies</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>+inf</source>
        <translation>+inf</translation>
    </message>
    <message>
        <source>−inf</source>
        <translation>−inf</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Waiting for the statistics…</source>
        <translation>En attente des statistiques…</translation>
    </message>
    <message>
        <source>The histogram needs the statistics, which were not computed.</source>
        <translation>L&apos;histogramme a besoin des statistiques, qui n&apos;ont pas été calculées.</translation>
    </message>
    <message>
        <source>There are no finite values.</source>
        <translation>Il n&apos;y a aucune valeur finie.</translation>
    </message>
    <message>
        <source>Finite values: %1 · bins: %2 · bin width: %3</source>
        <translation>Valeurs finies : %1 · classes : %2 · largeur de classe : %3</translation>
    </message>
    <message>
        <source>A heatmap needs numeric values in two or more dimensions.</source>
        <translation>Une carte thermique demande des valeurs numériques en deux dimensions ou plus.</translation>
    </message>
    <message>
        <source>Rows: %1, columns: %2.</source>
        <translation>Lignes : %1, colonnes : %2.</translation>
    </message>
    <message>
        <source>Each pixel stands for a block of %1 × %2 values.</source>
        <translation>Chaque pixel représente un bloc de %1 × %2 valeurs.</translation>
    </message>
    <message>
        <source>The slice is empty.</source>
        <translation>La tranche est vide.</translation>
    </message>
    <message>
        <source>Export array as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Export slice as CSV</source>
        <translation>Exporter la tranche en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>row, column</source>
        <translation>ligne, colonne</translation>
    </message>
    <message>
        <source>Go to a row, or to a row and a column, as numpy indexes them (-1 is the last) (Ctrl+G)</source>
        <translation>Aller à une ligne, ou à une ligne et une colonne, indexées comme dans numpy (-1 est la dernière) (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Aller à :</translation>
    </message>
    <message>
        <source>Go To…</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <source>Type a row, or a row and a column: 1200 or 1200, 3</source>
        <translation>Saisissez une ligne, ou une ligne et une colonne : 1200 ou 1200, 3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 à %1</translation>
    </message>
    <message>
        <source>No row %1 (rows: %2)</source>
        <translation>Pas de ligne %1 (lignes : %2)</translation>
    </message>
    <message>
        <source>No column %1 (columns: %2)</source>
        <translation>Pas de colonne %1 (colonnes : %2)</translation>
    </message>
</context>
<context>
    <name>ArraysCommand</name>
    <message>
        <source>List every array of FILE: where it is, its member, dtype, shape, exact sum and first values.</source>
        <translation>Lister chaque tableau de FILE : son emplacement, son membre, son dtype, sa forme, sa somme exacte et ses premières valeurs.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>array member &quot;%1&quot;: %2</source>
        <translation>membre de tableau « %1 » : %2</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4
</source>
        <translation>%1  %2 %3  %4
</translation>
    </message>
    <message>
        <source>%1  %2 sparse %3, %4 stored  %5
</source>
        <translation>%1  %2 creuse %3, %4 stockées  %5
</translation>
    </message>
</context>
<context>
    <name>AttributesView</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Fitted attributes: %1. Whole model (schema.json and every array and member): %2.</source>
        <translation>Attributs appris : %1. Modèle entier (schema.json et tous les tableaux et membres) : %2.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Print a SARIF 2.1.0 log: one result per untrusted name.</source>
        <translation>Afficher un journal SARIF 2.1.0 : un résultat par nom non fiable.</translation>
    </message>
    <message>
        <source>Trust this type name too (repeatable).</source>
        <translation>Faire aussi confiance à ce nom de type (répétable).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Trust the names a policy file approves: exact names and prefix rules like mycompany.models.* in its &quot;trusted&quot; array.</source>
        <translation>Faire confiance aux noms qu&apos;approuve un fichier de politique : noms exacts et règles de préfixe comme mycompany.models.* dans son tableau « trusted ».</translation>
    </message>
    <message>
        <source>policy.json</source>
        <translation>policy.json</translation>
    </message>
    <message>
        <source>choose one of --json and --sarif</source>
        <translation>choisissez --json ou --sarif, pas les deux</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>%1: protocol %2, written by skops %3
</source>
        <translation>%1 : protocole %2, écrit par skops %3
</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>Allow-list: %1 (%2)
</source>
        <translation>Liste d&apos;autorisation : %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>Trust policy: %1 (%n entry(s))
</source>
        <translation>
            <numerusform>Politique de confiance : %1 (%n entrée)
</numerusform>
            <numerusform>Politique de confiance : %1 (%n entrées)
</numerusform>
        </translation>
    </message>
    <message>
        <source>No untrusted types: skops.io.load would accept this file.
</source>
        <translation>Aucun type non fiable : skops.io.load accepterait ce fichier.
</translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted type(s); skops.io.load refuses the file unless they are trusted:
</source>
        <translation>
            <numerusform>%n type non fiable ; skops.io.load refuse le fichier tant qu&apos;on ne lui fait pas confiance :
</numerusform>
            <numerusform>%n types non fiables ; skops.io.load refuse le fichier tant qu&apos;on ne leur fait pas confiance :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>List the types in FILE that skops would refuse to load, and where each one is.
Exit status: 0 when no untrusted type remains, 1 when some remain, 2 when the file or the policy cannot be read. Structural warnings (after the untrusted types; &quot;warnings&quot; in --json) do not change the exit status.</source>
        <translation>Lister les types de FILE que skops refuserait de charger, et l&apos;endroit où se trouve chacun.
Code de sortie : 0 quand il ne reste aucun type non fiable, 1 quand il en reste, 2 quand le fichier ou la politique ne peut pas être lu. Les avertissements structurels (après les types non fiables ; « warnings » dans --json) ne changent pas le code de sortie.</translation>
    </message>
    <message>
        <source>No untrusted types, but skops.io.load fails on this file (see the warnings).
</source>
        <translation>Aucun type non fiable, mais skops.io.load échoue sur ce fichier (voir les avertissements).
</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s):
</source>
        <translation>
            <numerusform>%n avertissement structurel :
</numerusform>
            <numerusform>%n avertissements structurels :
</numerusform>
        </translation>
    </message>
    <message>
        <source>(archive member)</source>
        <translation>(membre de l&apos;archive)</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Built-in allow-list: %1 (default %2).</source>
        <translation>Liste d&apos;autorisation intégrée : %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>A .skops file.</source>
        <translation>Un fichier .skops.</translation>
    </message>
    <message>
        <source>%1 takes exactly one FILE (try %1 --help)</source>
        <translation>%1 attend exactement un FILE (essayez %1 --help)</translation>
    </message>
    <message>
        <source>the schema has an __id__ cycle: the state at %1 repeats the id of its ancestor at %2, so skops cannot load it</source>
        <translation>le schéma contient un cycle d&apos;__id__ : l&apos;état en %1 répète l&apos;id de son ancêtre (%2), donc skops ne peut pas le charger</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>the array member &quot;%1&quot; (at %2) is unusable: %3</source>
        <translation>le membre de tableau « %1 » (en %2) est inutilisable : %3</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>&amp;Estimators</source>
        <translation>&amp;Estimateurs</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Fitted &amp;attributes</source>
        <translation>A&amp;ttributs appris</translation>
    </message>
    <message>
        <source>A&amp;rray</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>B&amp;rut</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Fic&amp;hier</translation>
    </message>
</context>
<context>
    <name>EditOverlayProxy</name>
    <message>
        <source>removed on export</source>
        <translation>retiré à l&apos;export</translation>
    </message>
    <message>
        <source>replaced with null on export, with a node above it</source>
        <translation>remplacé par null à l&apos;export, avec un nœud au-dessus</translation>
    </message>
    <message>
        <source>replaced with null on export; the file holds %1</source>
        <translation>remplacé par null à l&apos;export ; le fichier contient %1</translation>
    </message>
    <message>
        <source>set on export; the file holds %1</source>
        <translation>défini à l&apos;export ; le fichier contient %1</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>the root</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a node of the model.</source>
        <translation>%1 n&apos;est pas un nœud du modèle.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is already removed.</source>
        <translation>%1 se trouve dans %2, qui est déjà retiré.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is already replaced with null.</source>
        <translation>%1 se trouve dans %2, qui est déjà remplacé par null.</translation>
    </message>
    <message>
        <source>%1 is already removed.</source>
        <translation>%1 est déjà retiré.</translation>
    </message>
    <message>
        <source>%1 is already replaced with null.</source>
        <translation>%1 est déjà remplacé par null.</translation>
    </message>
    <message>
        <source>The root cannot be replaced with null: nothing of the model would remain.</source>
        <translation>La racine ne peut pas être remplacée par null : il ne resterait rien du modèle.</translation>
    </message>
    <message>
        <source>%1 is a key type of a dict; remove the dict entry instead.</source>
        <translation>%1 est un type de clé d&apos;un dict ; retirez plutôt l&apos;entrée du dict.</translation>
    </message>
    <message>
        <source>%1 is %2, not a number, string, boolean or null.</source>
        <translation>%1 est %2, pas un nombre, une chaîne, un booléen ou null.</translation>
    </message>
    <message>
        <source>%1 does not hold a number, string, boolean or null.</source>
        <translation>%1 ne contient ni nombre, ni chaîne, ni booléen, ni null.</translation>
    </message>
    <message>
        <source>The new value of %1 must be a number, a string in quotes, true, false or null, not %2.</source>
        <translation>La nouvelle valeur de %1 doit être un nombre, une chaîne entre guillemets, true, false ou null, pas %2.</translation>
    </message>
    <message>
        <source>The root cannot be removed.</source>
        <translation>La racine ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: only dict entries and list, tuple or set elements can be. Replace it with null instead.</source>
        <translation>%1 ne peut pas être retiré : seuls les entrées d&apos;un dict et les éléments d&apos;une list, d&apos;un tuple ou d&apos;un set peuvent l&apos;être. Remplacez-le plutôt par null.</translation>
    </message>
    <message>
        <source>The key types of the dict holding %1 are shared with another place, so one of its entries cannot be removed alone.</source>
        <translation>Les types de clé du dict qui contient %1 sont partagés avec un autre emplacement, donc une de ses entrées ne peut pas être retirée seule.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Mettre %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Replace %1 with null</source>
        <translation>Remplacer %1 par null</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write IN as a cleaned .skops archive OUT: schema.json, re-serialised, and only the members it references. Protocol 0 and 1 files are written as protocol 2. Edits apply in the order given; PATH is a JSON pointer as `audit --json` prints it.
Exit status: 0 when OUT was written, 2 when nothing was written.</source>
        <translation>Écrire IN comme archive .skops nettoyée OUT : schema.json, resérialisé, et seulement les membres qu&apos;il référence. Les fichiers en protocole 0 et 1 sont écrits en protocole 2. Les modifications s&apos;appliquent dans l&apos;ordre donné ; PATH est un pointeur JSON tel que l&apos;affiche `audit --json`.
Code de sortie : 0 quand OUT a été écrit, 2 quand rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The .skops file to read.</source>
        <translation>Le fichier .skops à lire.</translation>
    </message>
    <message>
        <source>The file to write (may be IN itself).</source>
        <translation>Le fichier à écrire (peut être IN lui-même).</translation>
    </message>
    <message>
        <source>Compress the members (default: stored).</source>
        <translation>Compresser les membres (par défaut : stockés).</translation>
    </message>
    <message>
        <source>Set the primitive value at PATH to JSON (repeatable).</source>
        <translation>Mettre la valeur primitive en PATH à JSON (répétable).</translation>
    </message>
    <message>
        <source>PATH=JSON</source>
        <translation>PATH=JSON</translation>
    </message>
    <message>
        <source>Remove the dict entry or list element at PATH (repeatable).</source>
        <translation>Retirer l&apos;entrée de dict ou l&apos;élément de liste en PATH (répétable).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Replace the node at PATH by None (repeatable).</source>
        <translation>Remplacer le nœud en PATH par None (répétable).</translation>
    </message>
    <message>
        <source>Write what was removed or changed to FILE as JSON.</source>
        <translation>Écrire ce qui a été retiré ou modifié dans FILE en JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>export takes IN and OUT (try export --help)</source>
        <translation>export attend IN et OUT (essayez export --help)</translation>
    </message>
    <message>
        <source>--set takes PATH=JSON, not &quot;%1&quot;</source>
        <translation>--set attend PATH=JSON, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot create the report: %1</source>
        <translation>impossible de créer le rapport : %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d&apos;écrire le rapport : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: protocol %2, %n member(s), %3
</source>
        <translation>
            <numerusform>%1 : protocole %2, %n membre, %3
</numerusform>
            <numerusform>%1 : protocole %2, %n membres, %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>compression deflate</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>sans compression</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Write the model with its edits to a new file; the open file is not changed</source>
        <translation>Écrire le modèle avec ses modifications dans un nouveau fichier ; le fichier ouvert n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>Export &amp;Cleaned…</source>
        <translation>E&amp;xporter nettoyé…</translation>
    </message>
    <message>
        <source>Write only schema.json and the members it uses, with the edits, and report what was left out</source>
        <translation>Écrire seulement schema.json et les membres qu&apos;il utilise, avec les modifications, et signaler ce qui a été laissé de côté</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Remove from Export</source>
        <translation>Re&amp;tirer de l&apos;export</translation>
    </message>
    <message>
        <source>Replace with &amp;null</source>
        <translation>Remplacer par &amp;null</translation>
    </message>
    <message>
        <source>Saving was cancelled: another file was opened.</source>
        <translation>L&apos;enregistrement a été annulé : un autre fichier a été ouvert.</translation>
    </message>
    <message>
        <source>Leave the selected node out of the exported file</source>
        <translation>Laisser le nœud sélectionné hors du fichier exporté</translation>
    </message>
    <message>
        <source>Leave %1 out of the exported file</source>
        <translation>Laisser %1 hors du fichier exporté</translation>
    </message>
    <message>
        <source>Write None in place of the selected node</source>
        <translation>Écrire None à la place du nœud sélectionné</translation>
    </message>
    <message>
        <source>Write None in place of %1 and everything below it</source>
        <translation>Écrire None à la place de %1 et de tout ce qui se trouve en dessous</translation>
    </message>
    <message>
        <source>Export Cleaned</source>
        <translation>Exporter nettoyé</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>skops models (*.skops);;All files (*)</source>
        <translation>Modèles skops (*.skops);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving %1 was cancelled; nothing was written.</source>
        <translation>L&apos;enregistrement de %1 a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n change(s)).</source>
        <translation>
            <numerusform>%1 exporté (%n modification).</numerusform>
            <numerusform>%1 exporté (%n modifications).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Writing failed: %1. Nothing was written; the open file is unchanged.</source>
        <translation>L&apos;écriture a échoué : %1. Rien n&apos;a été écrit ; le fichier ouvert est inchangé.</translation>
    </message>
    <message>
        <source>The model cannot be exported as it is: %1</source>
        <translation>Le modèle ne peut pas être exporté tel quel : %1</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n edit(s) that are not saved.</source>
        <translation>
            <numerusform>%1 a %n modification non enregistrée.</numerusform>
            <numerusform>%1 a %n modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The edits exist only in this window; the file itself is never changed. Save them to a file of your choice?</source>
        <translation>Les modifications n&apos;existent que dans cette fenêtre ; le fichier lui-même n&apos;est jamais modifié. Les enregistrer dans un fichier de votre choix ?</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Rapport d&apos;export</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Save report as JSON…</source>
        <translation>Enregistrer le rapport en JSON…</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n member(s), protocol %2, %3.</source>
        <translation>
            <numerusform>Écrit dans %1 : %n membre, protocole %2, %3.</numerusform>
            <numerusform>Écrit dans %1 : %n membres, protocole %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>compression deflate</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>sans compression</translation>
    </message>
    <message>
        <source>Nothing was removed or changed.</source>
        <translation>Rien n&apos;a été retiré ni modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) removed or changed:</source>
        <translation>
            <numerusform>%n élément retiré ou modifié :</numerusform>
            <numerusform>%n éléments retirés ou modifiés :</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>skops version</source>
        <translation>version de skops</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>state moved</source>
        <translation>état déplacé</translation>
    </message>
    <message>
        <source>repeats rewritten</source>
        <translation>répétitions réécrites</translation>
    </message>
    <message>
        <source>member removed</source>
        <translation>membre retiré</translation>
    </message>
    <message>
        <source>duplicate removed</source>
        <translation>doublon retiré</translation>
    </message>
    <message>
        <source>member renamed</source>
        <translation>membre renommé</translation>
    </message>
    <message>
        <source>member missing</source>
        <translation>membre absent</translation>
    </message>
    <message>
        <source>comment removed</source>
        <translation>commentaire retiré</translation>
    </message>
    <message>
        <source>schema rewritten</source>
        <translation>schéma réécrit</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compression</translation>
    </message>
    <message>
        <source>Save report as JSON</source>
        <translation>Enregistrer le rapport en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>FileInfoView</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Written by skops:</source>
        <translation>Écrit par skops :</translation>
    </message>
    <message>
        <source>scikit-learn:</source>
        <translation>scikit-learn :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Estimateur</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>scikit-learn</source>
        <translation>scikit-learn</translation>
    </message>
    <message>
        <source>Estimators:</source>
        <translation>Estimateurs :</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>aucun stocké</translation>
    </message>
    <message>
        <source>%1, %2 uncompressed</source>
        <translation>%1, %2 non compressé</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
</context>
<context>
    <name>InspectCli</name>
    <message>
        <source>Inspect and audit scikit-learn .skops files without Python.

Commands:
  tree FILE     print the node tree, as skops.io.visualize does
  audit FILE    list the types skops would refuse to load, and where they are
  arrays FILE   list every array with its dtype, shape and first values
  export IN OUT write a cleaned copy, optionally edited, as protocol 2

Run skops-inspect COMMAND --help for a command&apos;s options.</source>
        <translation>Inspecter et auditer des fichiers .skops de scikit-learn sans Python.

Commandes :
  tree FILE     afficher l&apos;arbre des nœuds, comme le fait skops.io.visualize
  audit FILE    lister les types que skops refuserait de charger, et où ils sont
  arrays FILE   lister chaque tableau avec son dtype, sa forme et ses premières valeurs
  export IN OUT écrire une copie nettoyée, éventuellement modifiée, en protocole 2

skops-inspect COMMAND --help affiche les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>tree, audit or arrays</source>
        <translation>tree, audit ou arrays</translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation>aucune commande indiquée (essayez --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Skops Explorer</source>
        <translation>Skops Explorer</translation>
    </message>
    <message>
        <source>Node tree</source>
        <translation>Arbre des nœuds</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>L&apos;ouverture de %1 a été annulée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .skops file</source>
        <translation>Ouvrir un fichier .skops</translation>
    </message>
    <message>
        <source>skops files (*.skops);;All files (*)</source>
        <translation>Fichiers skops (*.skops);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Save Estimator &amp;Diagram as PNG…</source>
        <translation>Enregistrer le &amp;diagramme des estimateurs en PNG…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiance</translation>
    </message>
    <message>
        <source>&amp;Review Untrusted Types…</source>
        <translation>&amp;Examiner les types non fiables…</translation>
    </message>
    <message>
        <source>Copy &amp;Python Snippet</source>
        <translation>Copier l&apos;extrait &amp;Python</translation>
    </message>
    <message>
        <source>Trust &amp;Policy and Allow-List…</source>
        <translation>Politique de &amp;confiance et liste d&apos;autorisation…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Skops Explorer &amp;Help</source>
        <translation>&amp;Aide de Skops Explorer</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;About Skops Explorer</source>
        <translation>À &amp;propos de Skops Explorer</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>%1[*] — Skops Explorer</source>
        <translation>%1[*] — Skops Explorer</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>the bundled example could not be copied to %1</source>
        <translation>l&apos;exemple fourni n&apos;a pas pu être copié dans %1</translation>
    </message>
    <message>
        <source>Save the estimator diagram</source>
        <translation>Enregistrer le diagramme des estimateurs</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagramme enregistré dans %1</translation>
    </message>
    <message>
        <source>Cannot save the diagram</source>
        <translation>Impossible d&apos;enregistrer le diagramme</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Skops Explorer Help</source>
        <translation>Aide de Skops Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skops Explorer&lt;/b&gt; shows what a scikit-learn &lt;code&gt;.skops&lt;/code&gt; file holds without running anything from it.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;tree&lt;/b&gt; on the left mirrors the file: every estimator, parameter and array. Colours say whether skops trusts each node by default; a node whose colour is orange is a type skops refuses to load unless you trust it.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;panels&lt;/b&gt; on the right show the selected node: the estimator diagram, its parameters (changed ones highlighted), fitted attributes, array previews, the raw schema text, and facts about the file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; filters the tree by key, type or value; &lt;b&gt;Ctrl+C&lt;/b&gt; copies the selection; &lt;b&gt;Ctrl+O&lt;/b&gt; opens another file, and you can drop files on the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skops Explorer&lt;/b&gt; montre ce que contient un fichier &lt;code&gt;.skops&lt;/code&gt; de scikit-learn sans rien en exécuter.&lt;/p&gt;&lt;p&gt;L&apos;&lt;b&gt;arbre&lt;/b&gt; à gauche reflète le fichier : chaque estimateur, paramètre et tableau. Les couleurs indiquent si skops fait confiance à chaque nœud par défaut ; un nœud orange est un type que skops refuse de charger tant que vous ne lui faites pas confiance.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;panneaux&lt;/b&gt; à droite montrent le nœud sélectionné : le diagramme des estimateurs, ses paramètres (ceux qui ont changé sont mis en évidence), les attributs appris, des aperçus des tableaux, le texte brut du schéma et des informations sur le fichier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; filtre l&apos;arbre par clé, type ou valeur ; &lt;b&gt;Ctrl+C&lt;/b&gt; copie la sélection ; &lt;b&gt;Ctrl+O&lt;/b&gt; ouvre un autre fichier, et vous pouvez déposer des fichiers sur la fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Allow-list: %1</source>
        <translation>Liste d&apos;autorisation : %1</translation>
    </message>
    <message>
        <source>Open a .skops file (Ctrl+O) or drop one here.</source>
        <translation>Ouvrez un fichier .skops (Ctrl+O) ou déposez-en un ici.</translation>
    </message>
    <message numerus="yes">
        <source>No untrusted types remain (%n approved by you).</source>
        <translation>
            <numerusform>Il ne reste aucun type non fiable (%n approuvé par vous).</numerusform>
            <numerusform>Il ne reste aucun type non fiable (%n approuvés par vous).</numerusform>
        </translation>
    </message>
    <message>
        <source>No untrusted types: skops would load this file.</source>
        <translation>Aucun type non fiable : skops chargerait ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted type(s): skops refuses to load this file as it is.</source>
        <translation>
            <numerusform>%n type non fiable : skops refuse de charger ce fichier tel quel.</numerusform>
            <numerusform>%n types non fiables : skops refuse de charger ce fichier tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s)</source>
        <translation>
            <numerusform>%n avertissement structurel</numerusform>
            <numerusform>%n avertissements structurels</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1; still showing the edits made since.</source>
        <translation>%1 enregistré ; les modifications faites depuis restent affichées.</translation>
    </message>
    <message>
        <source>No structural warnings</source>
        <translation>Aucun avertissement structurel</translation>
    </message>
    <message>
        <source>Show the structural warnings</source>
        <translation>Afficher les avertissements structurels</translation>
    </message>
</context>
<context>
    <name>ParametersView</name>
    <message>
        <source>JSON: a number, true, false, null or &quot;text&quot; in quotes; a bare word is taken as text</source>
        <translation>JSON : un nombre, true, false, null ou &quot;texte&quot; entre guillemets ; un mot seul est pris comme texte</translation>
    </message>
    <message>
        <source>Copy parameter name</source>
        <translation>Copier le nom du paramètre</translation>
    </message>
    <message>
        <source>Copy the name set_params takes, e.g. clf__C</source>
        <translation>Copier le nom qu&apos;attend set_params, par exemple clf__C</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Edit value for export</source>
        <translation>Modifier la valeur pour l&apos;export</translation>
    </message>
    <message>
        <source>Change the value written by Save As and Export Cleaned; the file itself is not changed</source>
        <translation>Modifier la valeur écrite par « Enregistrer sous » et « Exporter nettoyé » ; le fichier lui-même n&apos;est pas modifié</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>%1 cannot be remembered: %2</source>
        <translation>%1 ne peut pas être mémorisé : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Skops Explorer</source>
        <translation>Skops Explorer</translation>
    </message>
    <message>
        <source>Explore, audit and export scikit-learn .skops files without running Python.</source>
        <translation>Explorer, auditer et exporter des fichiers .skops de scikit-learn sans exécuter Python.</translation>
    </message>
    <message>
        <source>The .skops files to open, each in a window.</source>
        <translation>Les fichiers .skops à ouvrir, chacun dans une fenêtre.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>Open FILE, save a picture of the window to PNG and quit.</source>
        <translation>Ouvrir FILE, enregistrer une image de la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>schema.json has nothing at %1</source>
        <translation>schema.json n&apos;a rien en %1</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Mise en forme…</translation>
    </message>
    <message>
        <source>… cut here: the first %1 of %2 are shown.</source>
        <translation>… coupé ici : les %1 premiers sur %2 sont affichés.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Filter by key, type or value (Ctrl+F)</source>
        <translation>Filtrer par clé, type ou valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message numerus="yes">
        <source>first %n matches</source>
        <translation>
            <numerusform>%n premier résultat</numerusform>
            <numerusform>%n premiers résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SparseMatrixView</name>
    <message>
        <source>The stored array of the matrix to show</source>
        <translation>Le tableau stocké de la matrice à afficher</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Composant :</translation>
    </message>
    <message>
        <source>No sparse matrix.</source>
        <translation>Aucune matrice creuse.</translation>
    </message>
    <message>
        <source>%1 matrix</source>
        <translation>matrice %1</translation>
    </message>
    <message>
        <source>shape %1 × %2</source>
        <translation>forme %1 × %2</translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation>dtype %1</translation>
    </message>
    <message>
        <source>%1 stored values</source>
        <translation>%1 valeurs stockées</translation>
    </message>
    <message>
        <source>density undefined (empty shape)</source>
        <translation>densité indéfinie (forme vide)</translation>
    </message>
    <message>
        <source>density %1 %</source>
        <translation>densité %1 %</translation>
    </message>
</context>
<context>
    <name>TreeCommand</name>
    <message>
        <source>Print the node tree of FILE exactly as skops.io.visualize(FILE, show=...) prints it.</source>
        <translation>Afficher l&apos;arbre des nœuds de FILE exactement comme skops.io.visualize(FILE, show=...) l&apos;affiche.</translation>
    </message>
    <message>
        <source>Which nodes: all, untrusted or trusted (default all).</source>
        <translation>Quels nœuds : all, untrusted ou trusted (par défaut all).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>lesquels</translation>
    </message>
    <message>
        <source>--show takes all, untrusted or trusted, not &quot;%1&quot;</source>
        <translation>--show attend all, untrusted ou trusted, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>TrustApprovalDialog</name>
    <message>
        <source>&amp;Browse without approving</source>
        <translation>&amp;Parcourir sans approuver</translation>
    </message>
    <message>
        <source>&amp;Approve selected for this file</source>
        <translation>&amp;Approuver la sélection pour ce fichier</translation>
    </message>
    <message>
        <source>Approve and &amp;remember</source>
        <translation>Approuver et &amp;mémoriser</translation>
    </message>
    <message>
        <source>&amp;Cancel opening</source>
        <translation>A&amp;nnuler l&apos;ouverture</translation>
    </message>
    <message>
        <source>Untrusted types in %1</source>
        <translation>Types non fiables dans %1</translation>
    </message>
    <message>
        <source>Your trust policy cannot be read, so nothing can be remembered: %1</source>
        <translation>Votre politique de confiance ne peut pas être lue, donc rien ne peut être mémorisé : %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds %n name(s) that the %2 allow-list does not trust: skops.io.load refuses the file unless they are passed in &lt;code&gt;trusted=[…]&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Check the names you recognise and trust. Nothing from the file is run here, whatever you approve; approving changes what this window shows and what the Python snippet passes to skops.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contient %n nom auquel la liste d&apos;autorisation %2 ne fait pas confiance : skops.io.load refuse le fichier tant qu&apos;il n&apos;est pas passé dans &lt;code&gt;trusted=[…]&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Cochez les noms que vous reconnaissez et auxquels vous faites confiance. Rien du fichier n&apos;est exécuté ici, quoi que vous approuviez ; approuver change ce que montre cette fenêtre et ce que l&apos;extrait Python transmet à skops.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contient %n noms auxquels la liste d&apos;autorisation %2 ne fait pas confiance : skops.io.load refuse le fichier tant qu&apos;ils ne sont pas passés dans &lt;code&gt;trusted=[…]&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Cochez les noms que vous reconnaissez et auxquels vous faites confiance. Rien du fichier n&apos;est exécuté ici, quoi que vous approuviez ; approuver change ce que montre cette fenêtre et ce que l&apos;extrait Python transmet à skops.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Click a path, or press Enter, to select that node in the tree and diagram.</source>
        <translation>Cliquez sur un chemin, ou appuyez sur Entrée, pour sélectionner ce nœud dans l&apos;arbre et le diagramme.</translation>
    </message>
    <message>
        <source>Look at the file without approving anything. Always allowed.</source>
        <translation>Regarder le fichier sans rien approuver. Toujours permis.</translation>
    </message>
    <message>
        <source>Approve the checked names for this file only.</source>
        <translation>Approuver les noms cochés pour ce fichier seulement.</translation>
    </message>
    <message>
        <source>Approve the checked names and add them to your trust policy, so that they are approved in every file you open.</source>
        <translation>Approuver les noms cochés et les ajouter à votre politique de confiance, pour qu&apos;ils soient approuvés dans chaque fichier que vous ouvrez.</translation>
    </message>
    <message>
        <source>Close the file without showing it.</source>
        <translation>Fermer le fichier sans l&apos;afficher.</translation>
    </message>
    <message>
        <source>remembered (%1)</source>
        <translation>mémorisé (%1)</translation>
    </message>
    <message>
        <source>trusted in %1</source>
        <translation>fiable dans %1</translation>
    </message>
    <message>
        <source>Stored in schema.json as:</source>
        <translation>Stocké dans schema.json sous la forme :</translation>
    </message>
    <message>
        <source>fixed by the %1 loader</source>
        <translation>fixé par le chargeur %1</translation>
    </message>
    <message>
        <source>No built-in profile trusts it: it is not among the defaults of any supported scikit-learn, numpy or scipy version.</source>
        <translation>Aucun profil intégré ne lui fait confiance : il ne fait partie des valeurs par défaut d&apos;aucune version prise en charge de scikit-learn, numpy ou scipy.</translation>
    </message>
    <message>
        <source>Trusted by default in %1: probably only a version difference between the environment that wrote the file and the %2 allow-list.</source>
        <translation>Fiable par défaut dans %1 : probablement une simple différence de version entre l&apos;environnement qui a écrit le fichier et la liste d&apos;autorisation %2.</translation>
    </message>
    <message>
        <source>Your trust policy approves it: %1</source>
        <translation>Votre politique de confiance l&apos;approuve : %1</translation>
    </message>
    <message>
        <source>Nothing in this file needs approval.</source>
        <translation>Rien dans ce fichier ne demande d&apos;approbation.</translation>
    </message>
    <message>
        <source>Select a name to see where it is.</source>
        <translation>Sélectionnez un nom pour voir où il se trouve.</translation>
    </message>
    <message>
        <source>&amp;Occurrences (%1):</source>
        <translation>&amp;Occurrences (%1) :</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>approved for %1</source>
        <translation>approuvé pour %1</translation>
    </message>
    <message>
        <source>Nothing was remembered: %1</source>
        <translation>Rien n&apos;a été mémorisé : %1</translation>
    </message>
</context>
<context>
    <name>TrustController</name>
    <message>
        <source>The trust policy cannot be read: %1</source>
        <translation>La politique de confiance ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This file has no untrusted types under the %1 allow-list.</source>
        <translation>Ce fichier n&apos;a aucun type non fiable selon la liste d&apos;autorisation %1.</translation>
    </message>
    <message>
        <source>Computing the file&apos;s SHA-256…</source>
        <translation>Calcul du SHA-256 du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>Copied skops.io.load(…) with %n approved name(s).</source>
        <translation>
            <numerusform>skops.io.load(…) copié avec %n nom approuvé.</numerusform>
            <numerusform>skops.io.load(…) copié avec %n noms approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHA-256 of %1 cannot be computed: %2</source>
        <translation>Le SHA-256 de %1 ne peut pas être calculé : %2</translation>
    </message>
</context>
<context>
    <name>TrustPalette</name>
    <message>
        <source>Trusted</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Untrusted inside</source>
        <translation>Non fiable à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Non fiable</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Approuvé par vous</translation>
    </message>
    <message>
        <source>On the allow-list, and so is everything below it.</source>
        <translation>Sur la liste d&apos;autorisation, de même que tout ce qui se trouve en dessous.</translation>
    </message>
    <message>
        <source>Trusted itself, but something below it is not.</source>
        <translation>Fiable en soi, mais quelque chose en dessous ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Not on the allow-list: skops refuses to load the file unless you trust it.</source>
        <translation>Absent de la liste d&apos;autorisation : skops refuse de charger le fichier tant que vous ne lui faites pas confiance.</translation>
    </message>
    <message>
        <source>Not on the allow-list, but you approved this name.</source>
        <translation>Absent de la liste d&apos;autorisation, mais vous avez approuvé ce nom.</translation>
    </message>
</context>
<context>
    <name>TrustPolicyDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Politique de confiance</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Built-in &amp;allow-list:</source>
        <translation>&amp;Liste d&apos;autorisation intégrée :</translation>
    </message>
    <message>
        <source>The names skops trusts by default depend on the scikit-learn, numpy and scipy versions where the model is loaded; choose that environment, or the union of both.</source>
        <translation>Les noms auxquels skops fait confiance par défaut dépendent des versions de scikit-learn, numpy et scipy où le modèle est chargé ; choisissez cet environnement, ou l&apos;union des deux.</translation>
    </message>
    <message>
        <source>Names you approved and remembered, kept in %1 and never in a model file. A prefix rule such as &lt;code&gt;mycompany.models.*&lt;/code&gt; approves every name under that module path.</source>
        <translation>Les noms que vous avez approuvés et mémorisés, conservés dans %1 et jamais dans un fichier de modèle. Une règle de préfixe comme &lt;code&gt;mycompany.models.*&lt;/code&gt; approuve tout nom sous ce chemin de module.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>module.Name or module.prefix.*</source>
        <translation>module.Nom ou module.prefixe.*</translation>
    </message>
    <message>
        <source>why it is trusted</source>
        <translation>pourquoi il est fiable</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Add the entries of a policy file, keeping yours.</source>
        <translation>Ajouter les entrées d&apos;un fichier de politique en gardant les vôtres.</translation>
    </message>
    <message>
        <source>Save these entries to a file to share them.</source>
        <translation>Enregistrer ces entrées dans un fichier pour les partager.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Your saved policy cannot be read (%1). OK replaces it with the entries shown here.</source>
        <translation>Votre politique enregistrée ne peut pas être lue (%1). OK la remplace par les entrées affichées ici.</translation>
    </message>
    <message>
        <source>prefix rule</source>
        <translation>règle de préfixe</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>nom exact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the policy</source>
        <translation>« %1 » est déjà dans la politique</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>%n entrée retirée.</numerusform>
            <numerusform>%n entrées retirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Rien importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new entry(s) from %1.</source>
        <translation>
            <numerusform>%n nouvelle entrée importée depuis %1.</numerusform>
            <numerusform>%n nouvelles entrées importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import trust policy</source>
        <translation>Importer une politique de confiance</translation>
    </message>
    <message>
        <source>Trust policies (*.json);;All files (*)</source>
        <translation>Politiques de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export trust policy</source>
        <translation>Exporter la politique de confiance</translation>
    </message>
    <message>
        <source>Trust policies (*.json)</source>
        <translation>Politiques de confiance (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>La politique n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Structural warnings</source>
        <translation>Avertissements structurels</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Checking the file&apos;s structure…</source>
        <translation>Vérification de la structure du fichier…</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>membre %1</translation>
    </message>
    <message>
        <source>No structural warnings.</source>
        <translation>Aucun avertissement structurel.</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s): what skops does not check or silently accepts. Activate one to select its node.</source>
        <translation>
            <numerusform>%n avertissement structurel : ce que skops ne vérifie pas ou accepte sans rien dire. Activez-le pour sélectionner son nœud.</numerusform>
            <numerusform>%n avertissements structurels : ce que skops ne vérifie pas ou accepte sans rien dire. Activez-en un pour sélectionner son nœud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skops</name>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation>tout n&apos;a pas pu être écrit (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>ZIP error %1</source>
        <translation>erreur ZIP %1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>ceci est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot create the file in %1: %2</source>
        <translation>impossible de créer le fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot start the archive (ZIP error %1)</source>
        <translation>impossible de commencer l&apos;archive (erreur ZIP %1)</translation>
    </message>
    <message>
        <source>the archive is not open for writing</source>
        <translation>l&apos;archive n&apos;est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>cannot start the member &quot;%1&quot; (ZIP error %2)</source>
        <translation>impossible de commencer le membre « %1 » (erreur ZIP %2)</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>writing the member &quot;%1&quot; failed: %2</source>
        <translation>l&apos;écriture du membre « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>finishing the member &quot;%1&quot; failed: %2</source>
        <translation>la finalisation du membre « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>finishing the archive failed: %1</source>
        <translation>la finalisation de l&apos;archive a échoué : %1</translation>
    </message>
    <message>
        <source>cannot move the written file into place: %1</source>
        <translation>impossible de mettre en place le fichier écrit : %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>axe %1</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>stocké (%1)</translation>
    </message>
    <message>
        <source>deflated (%1)</source>
        <translation>compressé deflate (%1)</translation>
    </message>
    <message>
        <source>other methods (%1)</source>
        <translation>autres méthodes (%1)</translation>
    </message>
    <message>
        <source>schema.json is not valid JSON (byte %1): %2</source>
        <translation>schema.json n&apos;est pas du JSON valide (octet %1) : %2</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>l&apos;ouverture a été annulée</translation>
    </message>
    <message>
        <source>schema.json holds more than %1 values, the limit</source>
        <translation>schema.json contient plus de %1 valeurs, la limite</translation>
    </message>
    <message>
        <source>schema.json is nested more than %1 levels deep, the limit</source>
        <translation>schema.json est imbriqué sur plus de %1 niveaux, la limite</translation>
    </message>
    <message>
        <source>schema.json has %1 bytes, more than the limit of %2</source>
        <translation>schema.json fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>la valeur %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the rewritten schema.json cannot be read back: %1</source>
        <translation>le schema.json réécrit ne peut pas être relu : %1</translation>
    </message>
    <message>
        <source>the rewritten schema.json would not load: %1</source>
        <translation>le schema.json réécrit ne se chargerait pas : %1</translation>
    </message>
    <message>
        <source>the rewritten schema.json would have an __id__ cycle</source>
        <translation>le schema.json réécrit aurait un cycle d&apos;__id__</translation>
    </message>
    <message>
        <source>the numpy Generator at %1 cannot be written as protocol 2: protocol 2 stores its seed sequence, which a protocol-%2 file does not have (%3), so no protocol-2 state would load the same</source>
        <translation>le Generator numpy en %1 ne peut pas être écrit en protocole 2 : le protocole 2 stocke sa séquence de graines, qu&apos;un fichier en protocole %2 n&apos;a pas (%3), donc aucun état en protocole 2 ne se chargerait à l&apos;identique</translation>
    </message>
    <message>
        <source>and skops 0.10 and later cannot load a protocol-0 generator at all</source>
        <translation>et skops 0.10 et suivants ne peuvent pas du tout charger un générateur en protocole 0</translation>
    </message>
    <message>
        <source>skops gives such a generator a new random one on every load</source>
        <translation>skops donne à un tel générateur un nouveau générateur aléatoire à chaque chargement</translation>
    </message>
    <message>
        <source>the protocol-0 function %1.%2 is written in the protocol-2 shape: its module and name in __module__ and __class__, no content</source>
        <translation>la fonction %1.%2 du protocole 0 est écrite sous la forme du protocole 2 : son module et son nom dans __module__ et __class__, sans contenu</translation>
    </message>
    <message>
        <source>the SGDNode is written as a LossNode: skops 0.11 replaced that loader by LossNode, which reads the same state, and cannot read SGDNode any more</source>
        <translation>le SGDNode est écrit comme LossNode : skops 0.11 a remplacé ce chargeur par LossNode, qui lit le même état, et ne sait plus lire SGDNode</translation>
    </message>
    <message>
        <source>the protocol %1 is written as the integer 2</source>
        <translation>le protocole %1 est écrit comme l&apos;entier 2</translation>
    </message>
    <message>
        <source>protocol %1 is written as protocol 2</source>
        <translation>le protocole %1 est écrit comme protocole 2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>_skops_version %1 is now %2, the skops release whose format is written</source>
        <translation>_skops_version %1 devient %2, la version de skops dont le format est écrit</translation>
    </message>
    <message>
        <source>the state of %1, shared with this place, is written here in full because the edit took its first place</source>
        <translation>l&apos;état de %1, partagé avec cet endroit, est écrit ici en entier parce que la modification a porté sur son premier emplacement</translation>
    </message>
    <message>
        <source>there is no value at %1</source>
        <translation>il n&apos;y a aucune valeur en %1</translation>
    </message>
    <message>
        <source>%1 is not the place of a node of the model (it may lie inside a repeated state, which skops never reads: edit its first place)</source>
        <translation>%1 n&apos;est pas l&apos;emplacement d&apos;un nœud du modèle (il se trouve peut-être dans un état répété, que skops ne lit jamais : modifiez son premier emplacement)</translation>
    </message>
    <message>
        <source>%1 is %2, not a primitive value (a number, string, boolean or null)</source>
        <translation>%1 est %2, pas une valeur primitive (un nombre, une chaîne, un booléen ou null)</translation>
    </message>
    <message>
        <source>%1 does not hold a primitive value (a number, string, boolean or null)</source>
        <translation>%1 ne contient pas de valeur primitive (un nombre, une chaîne, un booléen ou null)</translation>
    </message>
    <message>
        <source>the new value for %1 is not JSON: %2</source>
        <translation>la nouvelle valeur de %1 n&apos;est pas du JSON : %2</translation>
    </message>
    <message>
        <source>the new value for %1 must be a number, a string, true, false or null</source>
        <translation>la nouvelle valeur de %1 doit être un nombre, une chaîne, true, false ou null</translation>
    </message>
    <message>
        <source>set to %1 (was %2)</source>
        <translation>mis à %1 (valait %2)</translation>
    </message>
    <message>
        <source>the root cannot be replaced by null: nothing of the model would remain</source>
        <translation>la racine ne peut pas être remplacée par null : il ne resterait rien du modèle</translation>
    </message>
    <message>
        <source>%1 is a key type of a dict; remove the dict entry instead</source>
        <translation>%1 est un type de clé d&apos;un dict ; retirez plutôt l&apos;entrée du dict</translation>
    </message>
    <message>
        <source>%1 replaced by None</source>
        <translation>%1 remplacé par None</translation>
    </message>
    <message>
        <source>the root cannot be removed</source>
        <translation>la racine ne peut pas être retirée</translation>
    </message>
    <message>
        <source>%1 cannot be removed: only dict entries and list, tuple or set elements can be; replace it by null instead</source>
        <translation>%1 ne peut pas être retiré : seuls les entrées d&apos;un dict et les éléments d&apos;une list, d&apos;un tuple ou d&apos;un set peuvent l&apos;être ; remplacez-le plutôt par null</translation>
    </message>
    <message>
        <source>the key types of the dict holding %1 are shared with another place, so one of its entries cannot be removed alone</source>
        <translation>les types de clé du dict qui contient %1 sont partagés avec un autre emplacement, donc une de ses entrées ne peut pas être retirée seule</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>repeated states (the same __id__ again) are rewritten as copies of their edited first state</source>
        <translation>les états répétés (la même __id__ à nouveau) sont réécrits comme copies de leur premier état modifié</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is written as &quot;%2&quot;</source>
        <translation>le membre « %1 » est écrit sous le nom « %2 »</translation>
    </message>
    <message>
        <source>the schema has an __id__ cycle (the state at %1 repeats the id of an ancestor), so skops cannot load it and it is not exported</source>
        <translation>le schéma contient un cycle d&apos;__id__ (l&apos;état en %1 répète l&apos;id d&apos;un ancêtre), donc skops ne peut pas le charger et il n&apos;est pas exporté</translation>
    </message>
    <message>
        <source>the array member &quot;%1&quot; (at %2) is unusable: %3. skops could not load the exported file either; remove that node or replace it by null</source>
        <translation>le membre de tableau « %1 » (en %2) est inutilisable : %3. skops ne pourrait pas non plus charger le fichier exporté ; retirez ce nœud ou remplacez-le par null</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entry(s) with this name left out (skops reads the last one)</source>
        <translation>
            <numerusform>%n entrée antérieure de ce nom laissée de côté (skops lit la dernière)</numerusform>
            <numerusform>%n entrées antérieures de ce nom laissées de côté (skops lit la dernière)</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer referenced after the edits</source>
        <translation>n&apos;est plus référencé après les modifications</translation>
    </message>
    <message>
        <source>not referenced by schema.json</source>
        <translation>non référencé par schema.json</translation>
    </message>
    <message>
        <source>the archive comment is left out</source>
        <translation>le commentaire de l&apos;archive est laissé de côté</translation>
    </message>
    <message>
        <source>named only by a repeated state that skops never reads, and not in the archive either</source>
        <translation>désigné seulement par un état répété que skops ne lit jamais, et absent de l&apos;archive aussi</translation>
    </message>
    <message>
        <source>schema.json is rewritten as json.dumps(indent=2) writes it (%1 bytes, before %2)</source>
        <translation>schema.json est réécrit comme l&apos;écrit json.dumps(indent=2) (%1 octets, avant %2)</translation>
    </message>
    <message>
        <source>every member is written deflated</source>
        <translation>chaque membre est écrit compressé (deflate)</translation>
    </message>
    <message>
        <source>every member is written stored (uncompressed)</source>
        <translation>chaque membre est écrit stocké (non compressé)</translation>
    </message>
    <message>
        <source>its member &quot;%1&quot; cannot be read: %2</source>
        <translation>son membre « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>schema.json is not a JSON object</source>
        <translation>schema.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>schema.json has no &quot;protocol&quot; field</source>
        <translation>schema.json n&apos;a pas de champ « protocol »</translation>
    </message>
    <message>
        <source>the &quot;protocol&quot; field is not a number</source>
        <translation>le champ « protocol » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>protocol %1 is not supported: this version reads protocols 0, 1 and 2</source>
        <translation>le protocole %1 n&apos;est pas pris en charge : cette version lit les protocoles 0, 1 et 2</translation>
    </message>
    <message>
        <source>the root node</source>
        <translation>le nœud racine</translation>
    </message>
    <message>
        <source>the node at %1</source>
        <translation>le nœud en %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; field%3</source>
        <translation>%1 n&apos;a pas de champ « %2 »%3</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field of %2 is not a JSON object</source>
        <translation>le champ « %1 » de %2 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field of %2 is not a list of nodes</source>
        <translation>le champ « %1 » de %2 n&apos;est pas une liste de nœuds</translation>
    </message>
    <message>
        <source>the &quot;file&quot; field of %1 is not a string</source>
        <translation>le champ « file » de %1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 refers to the archive member &quot;%2&quot;, which does not exist</source>
        <translation>%1 renvoie au membre d&apos;archive « %2 », qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the value at %1 should be a node (a JSON object)</source>
        <translation>la valeur en %1 devrait être un nœud (un objet JSON)</translation>
    </message>
    <message>
        <source>the &quot;__id__&quot; of %1 is a list or an object, which cannot be an id</source>
        <translation>l&apos;« __id__ » de %1 est une liste ou un objet, qui ne peut pas être un id</translation>
    </message>
    <message>
        <source>the &quot;__loader__&quot; of %1 is not a string</source>
        <translation>le « __loader__ » de %1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 names the loader &quot;%2&quot;, which skops does not have (type %3.%4, protocol %5)</source>
        <translation>%1 désigne le chargeur « %2 », que skops n&apos;a pas (type %3.%4, protocole %5)</translation>
    </message>
    <message>
        <source>the &quot;__module__&quot; and &quot;__class__&quot; of %1 must be strings</source>
        <translation>« __module__ » et « __class__ » de %1 doivent être des chaînes</translation>
    </message>
    <message>
        <source>the schema has more than %1 nodes, the limit</source>
        <translation>le schéma a plus de %1 nœuds, la limite</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of the protocol-0 function at %2 is not a string</source>
        <translation>le « %1 » de la fonction en protocole 0 en %2 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the method name (&quot;func&quot;) of %1 is not a string</source>
        <translation>le nom de méthode (« func ») de %1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 has the unknown array type %2 (expected &quot;numpy&quot; or &quot;json&quot;)</source>
        <translation>%1 a le type de tableau inconnu %2 (attendu « numpy » ou « json »)</translation>
    </message>
    <message>
        <source>%1: cannot load object of type %2 (its &quot;type&quot; is not &quot;scipy&quot;)</source>
        <translation>%1 : impossible de charger un objet de type %2 (son « type » n&apos;est pas « scipy »)</translation>
    </message>
    <message>
        <source>Unsupported array type &apos;%1&apos;: %2</source>
        <translation>Type de tableau non pris en charge &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>no type code</source>
        <translation>pas de code de type</translation>
    </message>
    <message>
        <source>The array has dtype &apos;%1&apos; (Python objects). Object arrays hold pickled data and are never loaded.</source>
        <translation>Le tableau a le dtype &apos;%1&apos; (objets Python). Les tableaux d&apos;objets contiennent des données pickle et ne sont jamais chargés.</translation>
    </message>
    <message>
        <source>unknown type code &apos;%1&apos;</source>
        <translation>code de type inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dates and durations must be 8 bytes</source>
        <translation>les dates et durées doivent faire 8 octets</translation>
    </message>
    <message>
        <source>malformed time unit</source>
        <translation>unité de temps mal formée</translation>
    </message>
    <message>
        <source>invalid time unit multiplier</source>
        <translation>multiplicateur d&apos;unité de temps invalide</translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos;</source>
        <translation>unité de temps inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid size</source>
        <translation>taille invalide</translation>
    </message>
    <message>
        <source>no such size for this type</source>
        <translation>cette taille n&apos;existe pas pour ce type</translation>
    </message>
    <message>
        <source>A structured dtype entry has no format.</source>
        <translation>Une entrée de dtype structuré n&apos;a pas de format.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; has a negative sub-array dimension.</source>
        <translation>Le champ &apos;%1&apos; a une dimension de sous-tableau négative.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is too large.</source>
        <translation>Le champ &apos;%1&apos; est trop grand.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is a sub-array of %2 zero-byte elements.</source>
        <translation>Le champ &apos;%1&apos; est un sous-tableau de %2 éléments de zéro octet.</translation>
    </message>
    <message>
        <source>The structured dtype is too large.</source>
        <translation>Le dtype structuré est trop grand.</translation>
    </message>
    <message>
        <source>A structured dtype has an unnamed field that is not padding.</source>
        <translation>Un dtype structuré a un champ sans nom qui n&apos;est pas du remplissage.</translation>
    </message>
    <message>
        <source>The field name or title &apos;%1&apos; occurs more than once.</source>
        <translation>Le nom ou titre de champ &apos;%1&apos; apparaît plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>Invalid .npy header: %1</source>
        <translation>En-tête .npy invalide : %1</translation>
    </message>
    <message>
        <source>unexpected text after the dictionary</source>
        <translation>texte inattendu après le dictionnaire</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected end of the header</source>
        <translation>fin inattendue de l&apos;en-tête</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a dictionary is only allowed as the whole header</source>
        <translation>un dictionnaire n&apos;est permis que comme en-tête entier</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>clé entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu</translation>
    </message>
    <message>
        <source>line break inside a string</source>
        <translation>saut de ligne dans une chaîne</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>truncated escape sequence</source>
        <translation>séquence d&apos;échappement tronquée</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d&apos;échappement invalide</translation>
    </message>
    <message>
        <source>escape beyond U+10FFFF</source>
        <translation>échappement au-delà de U+10FFFF</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>a number with leading zeros</source>
        <translation>un nombre avec des zéros en tête</translation>
    </message>
    <message>
        <source>only whole numbers are allowed</source>
        <translation>seuls les nombres entiers sont permis</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a header</source>
        <translation>&apos;%1&apos; n&apos;est pas permis dans un en-tête</translation>
    </message>
    <message>
        <source>a number beyond 64 bits</source>
        <translation>un nombre au-delà de 64 bits</translation>
    </message>
    <message>
        <source>a tuple</source>
        <translation>un tuple</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a dictionary</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 instead of a tuple</source>
        <translation>%1 n&apos;est pas valide : %2 au lieu d&apos;un tuple</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions; at most %3 are allowed</source>
        <translation>%1 a %2 dimensions ; au plus %3 sont permises</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 is not a whole number</source>
        <translation>%1 n&apos;est pas valide : %2 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 has a negative dimension</source>
        <translation>%1 a une dimension négative</translation>
    </message>
    <message>
        <source>%1 has a dimension beyond 64 bits</source>
        <translation>%1 a une dimension au-delà de 64 bits</translation>
    </message>
    <message>
        <source>a structured descr entry must be a tuple (name, format) or (name, format, shape), not %1</source>
        <translation>une entrée descr structurée doit être un tuple (name, format) ou (name, format, shape), pas %1</translation>
    </message>
    <message>
        <source>a field name must be a string or a (title, name) pair, not %1</source>
        <translation>un nom de champ doit être une chaîne ou une paire (title, name), pas %1</translation>
    </message>
    <message>
        <source>the shape of field &apos;%1&apos;</source>
        <translation>la forme du champ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>descr must be a type string or a list of fields, not %1</source>
        <translation>descr doit être une chaîne de type ou une liste de champs, pas %1</translation>
    </message>
    <message>
        <source>The member is a ZIP archive where an .npy array was expected.</source>
        <translation>Le membre est une archive ZIP là où un tableau .npy était attendu.</translation>
    </message>
    <message>
        <source>The member is not an .npy array: it does not start with the magic bytes \x93NUMPY.</source>
        <translation>Le membre n&apos;est pas un tableau .npy : il ne commence pas par les octets magiques \x93NUMPY.</translation>
    </message>
    <message>
        <source>the preamble is truncated (%1 bytes)</source>
        <translation>le préambule est tronqué (%1 octets)</translation>
    </message>
    <message>
        <source>unsupported format version %1.%2</source>
        <translation>version de format non prise en charge %1.%2</translation>
    </message>
    <message>
        <source>the header is %1 bytes long; the limit is %2 bytes</source>
        <translation>l&apos;en-tête fait %1 octets ; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>the header claims %1 bytes but only %2 follow the preamble</source>
        <translation>l&apos;en-tête annonce %1 octets mais seuls %2 suivent le préambule</translation>
    </message>
    <message>
        <source>the version 3 header is not valid UTF-8</source>
        <translation>l&apos;en-tête de version 3 n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the header is not a dictionary</source>
        <translation>l&apos;en-tête n&apos;est pas un dictionnaire</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation>clé inattendue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>the keys descr, fortran_order and shape are required</source>
        <translation>les clés descr, fortran_order et shape sont obligatoires</translation>
    </message>
    <message>
        <source>fortran_order must be True or False, not %1</source>
        <translation>fortran_order doit valoir True ou False, pas %1</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <source>the shape %1 holds more than 2^63 elements</source>
        <translation>la forme %1 compte plus de 2^63 éléments</translation>
    </message>
    <message>
        <source>The array has %1 elements (shape %2), more than the limit of %3.</source>
        <translation>Le tableau a %1 éléments (forme %2), plus que la limite de %3.</translation>
    </message>
    <message>
        <source>the shape %1 of &apos;%2&apos; needs more than 2^63 bytes</source>
        <translation>la forme %1 de &apos;%2&apos; demande plus de 2^63 octets</translation>
    </message>
    <message>
        <source>The array data is truncated: shape %1 of &apos;%2&apos; needs %3 bytes, but only %4 are present.</source>
        <translation>Les données du tableau sont tronquées : la forme %1 de &apos;%2&apos; demande %3 octets, mais seuls %4 sont présents.</translation>
    </message>
    <message>
        <source>… (%1 more characters not shown; the limit is %2)</source>
        <translation>… (%1 caractères de plus non affichés ; la limite est de %2)</translation>
    </message>
    <message>
        <source>the rewritten schema.json would have more than %1 bytes, the limit</source>
        <translation>le schema.json réécrit ferait plus de %1 octets, la limite</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>a defaults table must be a JSON object</source>
        <translation>une table des valeurs par défaut doit être un objet JSON</translation>
    </message>
    <message>
        <source>a defaults table needs &quot;sklearn_version&quot; and an &quot;estimators&quot; object</source>
        <translation>une table des valeurs par défaut demande « sklearn_version » et un objet « estimators »</translation>
    </message>
    <message>
        <source>cannot read the defaults table %1: %2</source>
        <translation>impossible de lire la table des valeurs par défaut %1 : %2</translation>
    </message>
    <message>
        <source>the archive has no schema.json, so it is not a .skops file</source>
        <translation>l&apos;archive n&apos;a pas de schema.json, ce n&apos;est donc pas un fichier .skops</translation>
    </message>
    <message>
        <source>the archive member &quot;%1&quot; does not exist</source>
        <translation>le membre d&apos;archive « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>hashing was cancelled</source>
        <translation>le calcul de l&apos;empreinte a été annulé</translation>
    </message>
    <message>
        <source>cannot be read to the end</source>
        <translation>ne peut pas être lu jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>The sparse matrix %1 is not a valid .npz archive: %2</source>
        <translation>La matrice creuse %1 n&apos;est pas une archive .npz valide : %2</translation>
    </message>
    <message>
        <source>The sparse matrix %1 has %2 members, more than the limit of %3.</source>
        <translation>La matrice creuse %1 a %2 membres, plus que la limite de %3.</translation>
    </message>
    <message>
        <source>The sparse matrix %1 inflates to %2 bytes, more than the limit of %3 for one view.</source>
        <translation>La matrice creuse %1 se décompresse en %2 octets, plus que la limite de %3 pour une vue.</translation>
    </message>
    <message>
        <source>The sparse matrix %1 holds &quot;%2&quot;, which is not an .npy array.</source>
        <translation>La matrice creuse %1 contient « %2 », qui n&apos;est pas un tableau .npy.</translation>
    </message>
    <message>
        <source>In the sparse matrix %1: %2</source>
        <translation>Dans la matrice creuse %1 : %2</translation>
    </message>
    <message>
        <source>In the sparse matrix %1, member &quot;%2&quot;: %3</source>
        <translation>Dans la matrice creuse %1, membre « %2 » : %3</translation>
    </message>
    <message>
        <source>The sparse matrix %1 is invalid: %2</source>
        <translation>La matrice creuse %1 est invalide : %2</translation>
    </message>
    <message>
        <source>it has no %1.npy</source>
        <translation>elle n&apos;a pas de %1.npy</translation>
    </message>
    <message>
        <source>format.npy must hold one string</source>
        <translation>format.npy doit contenir une seule chaîne</translation>
    </message>
    <message>
        <source>unknown sparse format &apos;%1&apos; (expected csr, csc, bsr, dia or coo)</source>
        <translation>format creux inconnu &apos;%1&apos; (attendu csr, csc, bsr, dia ou coo)</translation>
    </message>
    <message>
        <source>shape.npy must hold two integers</source>
        <translation>shape.npy doit contenir deux entiers</translation>
    </message>
    <message>
        <source>the shape (%1, %2) has a negative dimension</source>
        <translation>la forme (%1, %2) a une dimension négative</translation>
    </message>
    <message>
        <source>data.npy has the non-numeric type &apos;%1&apos;</source>
        <translation>data.npy a le type non numérique &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a %1 matrix needs %2.npy</source>
        <translation>une matrice %1 demande %2.npy</translation>
    </message>
    <message>
        <source>%1.npy must be a 1-d integer array</source>
        <translation>%1.npy doit être un tableau d&apos;entiers à une dimension</translation>
    </message>
    <message>
        <source>data.npy must be 1-d</source>
        <translation>data.npy doit être à une dimension</translation>
    </message>
    <message>
        <source>data.npy of a bsr matrix must be 3-d (blocks, R, C)</source>
        <translation>data.npy d&apos;une matrice bsr doit être à trois dimensions (blocs, R, C)</translation>
    </message>
    <message>
        <source>the block size is too large</source>
        <translation>la taille de bloc est trop grande</translation>
    </message>
    <message>
        <source>the shape (%1, %2) is not a multiple of the block size (%3, %4)</source>
        <translation>la forme (%1, %2) n&apos;est pas un multiple de la taille de bloc (%3, %4)</translation>
    </message>
    <message>
        <source>row, col and data must be 1-d and of the same length (%1, %2, %3)</source>
        <translation>row, col et data doivent être à une dimension et de même longueur (%1, %2, %3)</translation>
    </message>
    <message>
        <source>entry %1 at (%2, %3) lies outside the shape (%4, %5)</source>
        <translation>l&apos;entrée %1 en (%2, %3) est hors de la forme (%4, %5)</translation>
    </message>
    <message>
        <source>data.npy of a dia matrix must be 2-d</source>
        <translation>data.npy d&apos;une matrice dia doit être à deux dimensions</translation>
    </message>
    <message>
        <source>the number of diagonals (%1) does not match the number of offsets (%2)</source>
        <translation>le nombre de diagonales (%1) ne correspond pas au nombre de décalages (%2)</translation>
    </message>
    <message>
        <source>the offset %1 appears more than once</source>
        <translation>le décalage %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>the diagonal offsets are out of range</source>
        <translation>les décalages des diagonales sont hors limites</translation>
    </message>
    <message>
        <source>indptr has %1 entries; it needs %2</source>
        <translation>indptr a %1 entrées ; il en faut %2</translation>
    </message>
    <message>
        <source>indptr must start with 0</source>
        <translation>indptr doit commencer par 0</translation>
    </message>
    <message>
        <source>indices and data differ in length (%1, %2)</source>
        <translation>indices et data diffèrent en longueur (%1, %2)</translation>
    </message>
    <message>
        <source>indptr decreases at entry %1</source>
        <translation>indptr décroît à l&apos;entrée %1</translation>
    </message>
    <message>
        <source>the last indptr value (%1) exceeds the %2 stored entries</source>
        <translation>la dernière valeur d&apos;indptr (%1) dépasse les %2 entrées stockées</translation>
    </message>
    <message>
        <source>index %1 at entry %2 is outside 0..%3</source>
        <translation>l&apos;indice %1 à l&apos;entrée %2 est hors de 0..%3</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains whitespace or invisible characters</source>
        <translation>« %1 » contient des espaces ou des caractères invisibles</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a prefix rule has one * only, at its end</source>
        <translation>« %1 » : une règle de préfixe n&apos;a qu&apos;un seul *, à sa fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a prefix rule is a dotted module path followed by .*, like mycompany.models.*</source>
        <translation>« %1 » : une règle de préfixe est un chemin de module pointé suivi de .*, comme mycompany.models.*</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: * is only allowed as the .* ending of a prefix rule</source>
        <translation>« %1 » : * n&apos;est permis que comme terminaison .* d&apos;une règle de préfixe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type name of the form module.name</source>
        <translation>« %1 » n&apos;est pas un nom de type de la forme module.nom</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>a trust policy is a JSON object with a &quot;trusted&quot; array</source>
        <translation>une politique de confiance est un objet JSON avec un tableau « trusted »</translation>
    </message>
    <message>
        <source>entry %1 of &quot;trusted&quot;</source>
        <translation>l&apos;entrée %1 de « trusted »</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot; string</source>
        <translation>%1 n&apos;a pas de chaîne « name »</translation>
    </message>
    <message>
        <source>%1: &quot;note&quot; is not a string</source>
        <translation>%1 : « note » n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;added&quot; is not a date like 2025-03-01</source>
        <translation>%1 : « added » n&apos;est pas une date comme 2025-03-01</translation>
    </message>
    <message>
        <source>%1 is neither a name nor an object with a &quot;name&quot;</source>
        <translation>%1 n&apos;est ni un nom ni un objet avec un « name »</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a trust policy</source>
        <translation>%1 : %2 octets, c&apos;est trop pour une politique de confiance</translation>
    </message>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1 : impossible de créer son dossier</translation>
    </message>
    <message>
        <source>unknown allow-list profile &quot;%1&quot; (known: %2)</source>
        <translation>profil de liste d&apos;autorisation inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>built-in profile %1 is missing</source>
        <translation>le profil intégré %1 est absent</translation>
    </message>
    <message>
        <source>scikit-learn %1, numpy %2, scipy %3</source>
        <translation>scikit-learn %1, numpy %2, scipy %3</translation>
    </message>
    <message>
        <source>built-in profile %1 is damaged: %2</source>
        <translation>le profil intégré %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>class instantiated</source>
        <translation>classe instanciée</translation>
    </message>
    <message>
        <source>function referenced</source>
        <translation>fonction référencée</translation>
    </message>
    <message>
        <source>bound method</source>
        <translation>méthode liée</translation>
    </message>
    <message>
        <source>operator function</source>
        <translation>fonction operator</translation>
    </message>
    <message>
        <source>type referenced</source>
        <translation>type référencé</translation>
    </message>
    <message>
        <source>container subclass</source>
        <translation>sous-classe de conteneur</translation>
    </message>
    <message>
        <source>Loading imports this class&apos;s module and creates an instance from the stored state; code in that module and class runs.</source>
        <translation>Le chargement importe le module de cette classe et crée une instance à partir de l&apos;état stocké ; du code de ce module et de cette classe s&apos;exécute.</translation>
    </message>
    <message>
        <source>Loading imports this function&apos;s module and keeps a reference that the model calls later with its own arguments.</source>
        <translation>Le chargement importe le module de cette fonction et garde une référence que le modèle appelle plus tard avec ses propres arguments.</translation>
    </message>
    <message>
        <source>Loading builds the object and takes this method from it; the model calls the method later.</source>
        <translation>Le chargement construit l&apos;objet et en prend cette méthode ; le modèle appelle la méthode plus tard.</translation>
    </message>
    <message>
        <source>Loading calls this operator function with stored arguments; attrgetter and methodcaller then reach any attribute or method by name.</source>
        <translation>Le chargement appelle cette fonction operator avec des arguments stockés ; attrgetter et methodcaller atteignent alors n&apos;importe quel attribut ou méthode par son nom.</translation>
    </message>
    <message>
        <source>Loading imports this type or builtin and hands it to the model as a value; a builtin such as eval or getattr is as dangerous as calling it.</source>
        <translation>Le chargement importe ce type ou cette fonction intégrée et la remet au modèle comme valeur ; une fonction intégrée comme eval ou getattr est aussi dangereuse que son appel.</translation>
    </message>
    <message>
        <source>Loading creates this subclass of a built-in container and fills it; its methods run whenever the container is used.</source>
        <translation>Le chargement crée cette sous-classe d&apos;un conteneur intégré et la remplit ; ses méthodes s&apos;exécutent chaque fois que le conteneur est utilisé.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is empty, not a .skops (ZIP) archive</source>
        <translation>le fichier est vide, ce n&apos;est pas une archive .skops (ZIP)</translation>
    </message>
    <message>
        <source>%1 is empty, not a ZIP archive</source>
        <translation>%1 est vide, ce n&apos;est pas une archive ZIP</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated</source>
        <translation>l&apos;archive ZIP est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>not a .skops file: it is not a ZIP archive</source>
        <translation>pas un fichier .skops : ce n&apos;est pas une archive ZIP</translation>
    </message>
    <message>
        <source>the ZIP central directory is damaged</source>
        <translation>le répertoire central ZIP est endommagé</translation>
    </message>
    <message>
        <source>the archive has %1 members, more than the limit of %2</source>
        <translation>l&apos;archive a %1 membres, plus que la limite de %2</translation>
    </message>
    <message>
        <source>a ZIP directory entry cannot be read</source>
        <translation>une entrée du répertoire ZIP ne peut pas être lue</translation>
    </message>
    <message>
        <source>has a damaged ZIP64 field</source>
        <translation>a un champ ZIP64 endommagé</translation>
    </message>
    <message>
        <source>the archive member name &quot;%1&quot; points outside the archive (absolute path or &quot;..&quot;)</source>
        <translation>le nom de membre « %1 » pointe hors de l&apos;archive (chemin absolu ou « .. »)</translation>
    </message>
    <message>
        <source>declares more compressed bytes than the archive holds</source>
        <translation>annonce plus d&apos;octets compressés que l&apos;archive n&apos;en contient</translation>
    </message>
    <message>
        <source>starts past the end of the archive</source>
        <translation>commence après la fin de l&apos;archive</translation>
    </message>
    <message>
        <source>declares %1 bytes, more than the limit of %2</source>
        <translation>annonce %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>is stored uncompressed but declares two different sizes</source>
        <translation>est stocké sans compression mais annonce deux tailles différentes</translation>
    </message>
    <message>
        <source>declares %1 bytes from %2 compressed bytes, a ratio no real compressor produces (a zip bomb?)</source>
        <translation>annonce %1 octets à partir de %2 octets compressés, un rapport qu&apos;aucun vrai compresseur ne produit (une bombe ZIP ?)</translation>
    </message>
    <message>
        <source>archive member &quot;%1&quot; %2</source>
        <translation>membre d&apos;archive « %1 » %2</translation>
    </message>
    <message>
        <source>has a damaged local header</source>
        <translation>a un en-tête local endommagé</translation>
    </message>
    <message>
        <source>extends past the end of the archive</source>
        <translation>dépasse la fin de l&apos;archive</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>est chiffré</translation>
    </message>
    <message>
        <source>is damaged: its CRC-32 does not match</source>
        <translation>est endommagé : son CRC-32 ne correspond pas</translation>
    </message>
    <message>
        <source>needs %1 bytes when inflated, more than the limit of %2 for one read</source>
        <translation>demande %1 octets une fois décompressé, plus que la limite de %2 pour une lecture</translation>
    </message>
    <message>
        <source>uses compression method %1; only stored and deflated members can be read</source>
        <translation>utilise la méthode de compression %1 ; seuls les membres stockés ou compressés deflate peuvent être lus</translation>
    </message>
    <message>
        <source>is damaged: its compressed data cannot be inflated</source>
        <translation>est endommagé : ses données compressées ne peuvent pas être décompressées</translation>
    </message>
    <message>
        <source>inflates to more bytes than it declares</source>
        <translation>se décompresse en plus d&apos;octets qu&apos;il n&apos;en annonce</translation>
    </message>
    <message>
        <source>inflates to %1 bytes but declares %2</source>
        <translation>se décompresse en %1 octets mais en annonce %2</translation>
    </message>
    <message>
        <source>it holds control or text-direction characters</source>
        <translation>il contient des caractères de contrôle ou de direction du texte</translation>
    </message>
    <message>
        <source>it holds backslashes, which some tools read as folder separators</source>
        <translation>il contient des barres obliques inverses, que certains outils lisent comme séparateurs de dossiers</translation>
    </message>
    <message>
        <source>it has an empty or &quot;.&quot; path segment</source>
        <translation>il a un segment de chemin vide ou « . »</translation>
    </message>
    <message numerus="yes">
        <source>%n more %1 warning(s) not listed</source>
        <translation>
            <numerusform>%n autre avertissement %1 non listé</numerusform>
            <numerusform>%n autres avertissements %1 non listés</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive holds %1 entries named &quot;%2&quot;; Python&apos;s zipfile, and so skops, reads only the last one, so the others are hidden from it</source>
        <translation>l&apos;archive contient %1 entrées nommées « %2 » ; le zipfile de Python, et donc skops, ne lit que la dernière, les autres lui sont donc cachées</translation>
    </message>
    <message>
        <source>the member name &quot;%1&quot; is unusual: %2</source>
        <translation>le nom de membre « %1 » est inhabituel : %2</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is read by %2 nodes with different __id__ values; skops writes one member per array and keeps one copy in memory for each node reading it</source>
        <translation>le membre « %1 » est lu par %2 nœuds aux valeurs d&apos;__id__ différentes ; skops écrit un membre par tableau et garde en mémoire une copie pour chaque nœud qui le lit</translation>
    </message>
    <message>
        <source>the state at %1 repeats the __id__ of its ancestor at %2: skops builds and audits the tree, but visualize and load recurse until they fail</source>
        <translation>l&apos;état en %1 répète l&apos;__id__ de son ancêtre en %2 : skops construit et audite l&apos;arbre, mais visualize et load s&apos;appellent récursivement jusqu&apos;à échouer</translation>
    </message>
    <message>
        <source>the state at %1 reuses the __id__ of the node at %2 but holds other content; skops uses the first node and never audits or loads this content</source>
        <translation>l&apos;état en %1 réutilise l&apos;__id__ du nœud en %2 mais contient un autre contenu ; skops utilise le premier nœud et n&apos;audite ni ne charge jamais ce contenu</translation>
    </message>
    <message>
        <source>the type name %1 holds non-ASCII characters, which can imitate another name (look-alike letters)</source>
        <translation>le nom de type %1 contient des caractères non ASCII, qui peuvent imiter un autre nom (lettres sosies)</translation>
    </message>
    <message>
        <source>the OperatorFuncNode claims %1, but skops calls operator.%2 whatever the module says; skops 0.12 and later refuse to load this file</source>
        <translation>l&apos;OperatorFuncNode annonce %1, mais skops appelle operator.%2 quel que soit le module indiqué ; skops 0.12 et suivants refusent de charger ce fichier</translation>
    </message>
    <message>
        <source>this %1 claims to be a scikit-learn loss, but %2 is none of the loss classes skops allows; loading would call %2 with the stored arguments</source>
        <translation>ce %1 prétend être une perte de scikit-learn, mais %2 n&apos;est aucune des classes de perte que skops autorise ; le chargement appellerait %2 avec les arguments stockés</translation>
    </message>
    <message>
        <source>this CachedNode refers to an __id__ no earlier node has: skops builds and audits it, but loading fails here</source>
        <translation>ce CachedNode renvoie à un __id__ qu&apos;aucun nœud antérieur n&apos;a : skops le construit et l&apos;audite, mais le chargement échoue ici</translation>
    </message>
    <message>
        <source>a value without a type name</source>
        <translation>une valeur sans nom de type</translation>
    </message>
    <message>
        <source>the MethodNode claims %1, but its object is %2, whose method loading would look up; skops 0.12 and later refuse to load this file</source>
        <translation>le MethodNode annonce %1, mais son objet est %2, dont le chargement chercherait la méthode ; skops 0.12 et suivants refusent de charger ce fichier</translation>
    </message>
    <message>
        <source>this %1 claims %2, but skops always constructs %3 from it</source>
        <translation>ce %1 annonce %2, mais skops en construit toujours %3</translation>
    </message>
    <message>
        <source>a non-text name</source>
        <translation>un nom qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>this %1 is labelled %2 (skops writes %3); skops ignores the label, never audits it and builds the value from the stored data</source>
        <translation>ce %1 est étiqueté %2 (skops écrit %3) ; skops ignore l&apos;étiquette, ne l&apos;audite jamais et construit la valeur à partir des données stockées</translation>
    </message>
    <message>
        <source>node_count is %1 but the nodes array has %2 entries</source>
        <translation>node_count vaut %1 mais le tableau nodes a %2 entrées</translation>
    </message>
    <message>
        <source>the values array has %1 rows but the nodes array has %2 entries</source>
        <translation>le tableau values a %1 lignes mais le tableau nodes a %2 entrées</translation>
    </message>
    <message>
        <source>tree node %1 has the children %2 and %3; a child must come after its node and be below the node count %4 (or both be -1 for a leaf)</source>
        <translation>le nœud d&apos;arbre %1 a les enfants %2 et %3 ; un enfant doit venir après son nœud et être inférieur au nombre de nœuds %4 (ou les deux valoir -1 pour une feuille)</translation>
    </message>
    <message>
        <source>tree node %1 splits on feature %2, which is not below %3 = %4</source>
        <translation>le nœud d&apos;arbre %1 se divise selon la caractéristique %2, qui n&apos;est pas inférieure à %3 = %4</translation>
    </message>
    <message>
        <source>classes_ has %1 entries, so coef_ should have %2 row(s)</source>
        <translation>classes_ a %1 entrées, donc coef_ devrait avoir %2 ligne(s)</translation>
    </message>
    <message>
        <source>n_features_in_ is %1</source>
        <translation>n_features_in_ vaut %1</translation>
    </message>
    <message>
        <source>coef_ of %1 has the shape %2, but %3</source>
        <translation>coef_ de %1 a la forme %2, mais %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds control or text-direction characters that a terminal or text view would act on; they are shown escaped</source>
        <translation>%1 « %2 » contient des caractères de contrôle ou de direction du texte auxquels un terminal ou une vue de texte réagirait ; ils sont affichés échappés</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; looks like rich markup, which skops&apos; visualize renders instead of showing</source>
        <translation>%1 « %2 » ressemble à du balisage rich, que visualize de skops interprète au lieu de l&apos;afficher</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>the decoded string</source>
        <translation>la chaîne décodée</translation>
    </message>
    <message>
        <source>the node state at %1, which skops never builds, names the member &quot;%2&quot;, which the archive does not have</source>
        <translation>l&apos;état de nœud en %1, que skops ne construit jamais, désigne le membre « %2 », que l&apos;archive n&apos;a pas</translation>
    </message>
    <message>
        <source>no node of schema.json names the member &quot;%1&quot; (%2 bytes): a possible hidden payload</source>
        <translation>aucun nœud de schema.json ne désigne le membre « %1 » (%2 octets) : une charge cachée possible</translation>
    </message>
    <message>
        <source>schema.json holds too much text</source>
        <translation>schema.json contient trop de texte</translation>
    </message>
    <message>
        <source>by_loader, inherited_trust or metadata is missing</source>
        <translation>by_loader, inherited_trust ou metadata manque</translation>
    </message>
    <message>
        <source>a trusted list holds something other than names</source>
        <translation>une liste de confiance contient autre chose que des noms</translation>
    </message>
    <message>
        <source>inherited_trust lacks its TreeNode or LossNode names</source>
        <translation>il manque à inherited_trust ses noms TreeNode ou LossNode</translation>
    </message>
    <message>
        <source>metadata lacks a library version</source>
        <translation>il manque une version de bibliothèque dans metadata</translation>
    </message>
    <message>
        <source>this SparseMatrixNode is labelled %1, but its .npz member holds a %2: skops audits the label, and scipy builds scipy.sparse.%2 from the member</source>
        <translation>ce SparseMatrixNode est étiqueté %1, mais son membre .npz contient une %2 : skops audite l’étiquette, et scipy construit scipy.sparse.%2 à partir du membre</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): lone high surrogate %3</source>
        <translation>schema.json n&apos;est pas du %1 valide (octet %2) : demi-codet haut isolé %3</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): lone low surrogate %3</source>
        <translation>schema.json n&apos;est pas du %1 valide (octet %2) : demi-codet bas isolé %3</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): truncated data, its length is not a multiple of %3 bytes</source>
        <translation>schema.json n&apos;est pas du %1 valide (octet %2) : données tronquées, sa longueur n&apos;est pas un multiple de %3 octets</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): %3 is not a code point, the last one is U+10FFFF</source>
        <translation>schema.json n&apos;est pas du %1 valide (octet %2) : %3 n&apos;est pas un point de code, le dernier est U+10FFFF</translation>
    </message>
    <message>
        <source>schema.json takes more than %1 bytes once decoded from %2 to UTF-8, the limit</source>
        <translation>schema.json occupe plus de %1 octets une fois décodé de %2 en UTF-8, la limite</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation>ceci n&apos;est pas un fichier ordinaire (un tube, une socket ou un périphérique)</translation>
    </message>
    <message>
        <source>%1 with a byte order mark</source>
        <translation>%1 avec une marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>schema.json is stored as %1; skops.io.dump writes UTF-8 without a byte order mark, so another program wrote this file (skops reads it all the same)</source>
        <translation>schema.json est enregistré en %1 ; skops.io.dump écrit de l&apos;UTF-8 sans marque d&apos;ordre des octets, c&apos;est donc un autre programme qui a écrit ce fichier (skops le lit quand même)</translation>
    </message>
</context>
<context>
    <name>skops::ArrayTableModel</name>
    <message>
        <source>(masked)</source>
        <translation>(masqué)</translation>
    </message>
</context>
<context>
    <name>skops::AttributeTableModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
</context>
<context>
    <name>skops::EstimatorDiagramView</name>
    <message>
        <source>Estimator diagram</source>
        <translation>Diagramme des estimateurs</translation>
    </message>
    <message>
        <source>The estimators of the file, nested as in scikit-learn&apos;s diagram. Arrow keys move between boxes, Enter selects the box in the tree.</source>
        <translation>Les estimateurs du fichier, imbriqués comme dans le diagramme de scikit-learn. Les flèches passent d&apos;une boîte à l&apos;autre, Entrée sélectionne la boîte dans l&apos;arbre.</translation>
    </message>
    <message>
        <source>No estimators in this file.</source>
        <translation>Aucun estimateur dans ce fichier.</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>passthrough</source>
        <translation>passthrough</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>same object as above</source>
        <translation>même objet que plus haut</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>trusted box marker</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>⚠</source>
        <comment>box marker: untrusted content inside</comment>
        <translation>⚠</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>untrusted box marker</comment>
        <translation>✗</translation>
    </message>
    <message>
        <source>☑</source>
        <comment>approved box marker</comment>
        <translation>☑</translation>
    </message>
    <message>
        <source>%1 estimators in the list %2, drawn as one box</source>
        <translation>%1 estimateurs dans la liste %2, dessinés comme une seule boîte</translation>
    </message>
    <message>
        <source>Passes its input through unchanged</source>
        <translation>Transmet son entrée sans la modifier</translation>
    </message>
    <message>
        <source>Drops its input</source>
        <translation>Abandonne son entrée</translation>
    </message>
    <message>
        <source>Named estimators of the parameter %1</source>
        <translation>Estimateurs nommés du paramètre %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <source>The same object as a box above; its contents are drawn there.</source>
        <translation>Le même objet qu&apos;une boîte plus haut ; son contenu y est dessiné.</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Trusted type, with untrusted content inside</source>
        <translation>Type fiable, avec un contenu non fiable à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Untrusted type</source>
        <translation>Type non fiable</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Approuvé par vous</translation>
    </message>
</context>
<context>
    <name>skops::ParameterTableModel</name>
    <message>
        <source>(refers back to an enclosing object)</source>
        <translation>(renvoie à un objet englobant)</translation>
    </message>
    <message>
        <source>Set on export; the file holds %1</source>
        <translation>Défini à l&apos;export ; le fichier contient %1</translation>
    </message>
    <message>
        <source>Replaced with None on export; the file holds %1</source>
        <translation>Remplacé par None à l&apos;export ; le fichier contient %1</translation>
    </message>
    <message>
        <source>removed on export</source>
        <translation>retiré à l&apos;export</translation>
    </message>
    <message>
        <source>replaced with None on export, with the object holding it</source>
        <translation>remplacé par None à l&apos;export, avec l&apos;objet qui le contient</translation>
    </message>
    <message>
        <source>No table of scikit-learn defaults is available.</source>
        <translation>Aucune table des valeurs par défaut de scikit-learn n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Defaults of scikit-learn %1.</source>
        <translation>Valeurs par défaut de scikit-learn %1.</translation>
    </message>
    <message>
        <source>scikit-learn %1 has no defaults for %2.</source>
        <translation>scikit-learn %1 n&apos;a pas de valeurs par défaut pour %2.</translation>
    </message>
    <message>
        <source>The model stores no scikit-learn version.</source>
        <translation>Le modèle ne stocke aucune version de scikit-learn.</translation>
    </message>
    <message>
        <source>The model was saved with scikit-learn %1, whose defaults may differ.</source>
        <translation>Le modèle a été enregistré avec scikit-learn %1, dont les valeurs par défaut peuvent différer.</translation>
    </message>
    <message>
        <source>Names are for set_params of %1 at %2.</source>
        <translation>Les noms valent pour set_params de %1 en %2.</translation>
    </message>
    <message>
        <source>Same as the default of scikit-learn %1</source>
        <translation>Identique à la valeur par défaut de scikit-learn %1</translation>
    </message>
    <message>
        <source>Changed from the default %1 of scikit-learn %2</source>
        <translation>Modifié par rapport à la valeur par défaut %1 de scikit-learn %2</translation>
    </message>
    <message>
        <source>Cannot be compared with the default %1</source>
        <translation>Ne peut pas être comparé à la valeur par défaut %1</translation>
    </message>
    <message>
        <source>No known default</source>
        <translation>Aucune valeur par défaut connue</translation>
    </message>
    <message>
        <source>A required parameter</source>
        <translation>Un paramètre obligatoire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>skops::SkopsTreeModel</name>
    <message>
        <source>raw value</source>
        <translation>valeur brute</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>valeur JSON</translation>
    </message>
    <message>
        <source>unreadable array</source>
        <translation>tableau illisible</translation>
    </message>
    <message>
        <source>%1 %2×%3, %4 stored</source>
        <translation>%1 %2×%3, %4 stockées</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>untrusted inside</source>
        <translation>non fiable à l&apos;intérieur</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>A raw value stored in the schema; skops never checks or imports it.</source>
        <translation>Une valeur brute stockée dans le schéma ; skops ne la vérifie ni ne l&apos;importe jamais.</translation>
    </message>
    <message>
        <source>A JSON value: skops always trusts it.</source>
        <translation>Une valeur JSON : skops lui fait toujours confiance.</translation>
    </message>
    <message>
        <source>%1 is on the %2 allow-list, and so is everything below it.</source>
        <translation>%1 figure sur la liste d&apos;autorisation %2, de même que tout ce qui se trouve en dessous.</translation>
    </message>
    <message>
        <source>This node is trusted, but something below it is not.</source>
        <translation>Ce nœud est fiable, mais quelque chose en dessous ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Not on the %1 allow-list: %2. skops refuses to load the file unless it is trusted.</source>
        <translation>Absent de la liste d&apos;autorisation %1 : %2. skops refuse de charger le fichier tant qu&apos;on ne lui fait pas confiance.</translation>
    </message>
    <message>
        <source>Not on the allow-list, approved by you: %1.</source>
        <translation>Absent de la liste d&apos;autorisation, approuvé par vous : %1.</translation>
    </message>
    <message>
        <source> (cycle)</source>
        <translation> (cycle)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
</context>
</TS>
