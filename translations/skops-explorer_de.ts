<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Skops Explorer</source>
        <translation>Über Skops Explorer</translation>
    </message>
    <message>
        <source>Skops Explorer %1</source>
        <translation>Skops Explorer %1</translation>
    </message>
    <message>
        <source>Inspect, audit and export scikit-learn .skops files without Python. Nothing stored in a file is ever executed.</source>
        <translation>scikit-learn-Dateien im .skops-Format ohne Python untersuchen, prüfen und exportieren. Nichts, was in einer Datei gespeichert ist, wird jemals ausgeführt.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QuaZip</source>
        <translation>QuaZip</translation>
    </message>
    <message>
        <source>Built-in allow-lists: the types skops trusts by default, as recorded in each environment.</source>
        <translation>Eingebaute Positivlisten: die Typen, denen skops standardmäßig vertraut, wie sie in der jeweiligen Umgebung erfasst wurden.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
</context>
<context>
    <name>ArrayPanel</name>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>signed integer</source>
        <translation>vorzeichenbehaftete Ganzzahl</translation>
    </message>
    <message>
        <source>unsigned integer</source>
        <translation>vorzeichenlose Ganzzahl</translation>
    </message>
    <message>
        <source>floating point</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>komplexe Zahl</translation>
    </message>
    <message>
        <source>Unicode string</source>
        <translation>Unicode-Zeichenkette</translation>
    </message>
    <message>
        <source>byte string</source>
        <translation>Byte-Zeichenkette</translation>
    </message>
    <message>
        <source>raw bytes (void)</source>
        <translation>Rohbytes (void)</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>Zeitpunkt (datetime)</translation>
    </message>
    <message>
        <source>timedelta</source>
        <translation>Zeitspanne (timedelta)</translation>
    </message>
    <message>
        <source>structured record</source>
        <translation>strukturierter Datensatz</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>Big-Endian</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Item size (bytes)</source>
        <translation>Elementgröße (Bytes)</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>Bytereihenfolge</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>(padding)</source>
        <translation>(Auffüllung)</translation>
    </message>
    <message>
        <source>Select an array, a numpy scalar, a dtype, a masked array or a sparse matrix in the tree to see its values here.</source>
        <translation>Wählen Sie im Baum ein Array, einen numpy-Skalar, einen dtype, ein maskiertes Array oder eine dünn besetzte Matrix, um hier die Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1 is not an array. Select an array, a numpy scalar, a dtype, a masked array or a sparse matrix in the tree to see its values here.</source>
        <translation>%1 ist kein Array. Wählen Sie im Baum ein Array, einen numpy-Skalar, einen dtype, ein maskiertes Array oder eine dünn besetzte Matrix, um hier die Werte zu sehen.</translation>
    </message>
    <message>
        <source>This masked array has no readable data array.</source>
        <translation>Dieses maskierte Array hat kein lesbares Datenarray.</translation>
    </message>
    <message>
        <source>A masked array of objects.</source>
        <translation>Ein maskiertes Array von Objekten.</translation>
    </message>
    <message>
        <source>This dtype&apos;s array member is missing or unreadable.</source>
        <translation>Der Archiveintrag mit dem Array dieses dtype fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A numpy dtype (stored as an empty array in %1).</source>
        <translation>Ein numpy-dtype (als leeres Array in %1 gespeichert).</translation>
    </message>
    <message>
        <source>An object array (dtype=object) of shape %1; top-level items: %2. skops stores its elements as nodes of the tree, not as an .npy member: expand it in the tree to see them.</source>
        <translation>Ein Objekt-Array (dtype=object) der Form %1; Elemente der obersten Ebene: %2. skops speichert seine Elemente als Knoten des Baums, nicht als .npy-Eintrag: Klappen Sie es im Baum auf, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This sparse matrix names no member.</source>
        <translation>Diese dünn besetzte Matrix nennt keinen Archiveintrag.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The array cannot be shown: %1</source>
        <translation>Das Array kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ArrayStatistics</name>
    <message>
        <source>Statistics need numeric values, not &apos;%1&apos;.</source>
        <translation>Statistiken brauchen numerische Werte, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Die Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A heatmap needs a slice of the array.</source>
        <translation>Eine Heatmap braucht einen Ausschnitt des Arrays.</translation>
    </message>
</context>
<context>
    <name>ArrayView</name>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>rows %1–%2, columns %3–%4</source>
        <translation>Zeilen %1–%2, Spalten %3–%4</translation>
    </message>
    <message>
        <source>no finite value</source>
        <translation>kein endlicher Wert</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogramm</translation>
    </message>
    <message>
        <source>Heat&amp;map</source>
        <translation>Heat&amp;map</translation>
    </message>
    <message>
        <source>The axis that runs down the rows</source>
        <translation>Die Achse, die entlang der Zeilen nach unten läuft</translation>
    </message>
    <message>
        <source>The axis that runs across the columns</source>
        <translation>Die Achse, die quer über die Spalten läuft</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Row page:</source>
        <translation>Zeilenseite:</translation>
    </message>
    <message>
        <source>The table shows %L1 rows at a time</source>
        <translation>Die Tabelle zeigt jeweils %L1 Zeilen</translation>
    </message>
    <message>
        <source>Column page:</source>
        <translation>Spaltenseite:</translation>
    </message>
    <message>
        <source>The table shows %L1 columns at a time</source>
        <translation>Die Tabelle zeigt jeweils %L1 Spalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Block mean</source>
        <translation>Mittelwert des Blocks</translation>
    </message>
    <message>
        <source>Block value of largest magnitude</source>
        <translation>Betragsgrößter Wert des Blocks</translation>
    </message>
    <message>
        <source>How a block of values becomes one pixel when the slice has more than %1 rows or columns</source>
        <translation>Wie ein Block von Werten zu einem Pixel wird, wenn der Ausschnitt mehr als %1 Zeilen oder Spalten hat</translation>
    </message>
    <message>
        <source>The numeric field that statistics, histogram and heatmap show</source>
        <translation>Das numerische Feld, das Statistik, Histogramm und Heatmap zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statistik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;masked values</source>
        <translation>Maskierte Werte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Masked values read &quot;--&quot;, as numpy prints them; tick to see the stored values in grey</source>
        <translation>Maskierte Werte erscheinen als &quot;--&quot;, wie numpy sie ausgibt; ankreuzen, um die gespeicherten Werte grau zu sehen</translation>
    </message>
    <message>
        <source>Export array as CSV…</source>
        <translation>Array als CSV exportieren…</translation>
    </message>
    <message>
        <source>Every element, one line each, with its index along every axis</source>
        <translation>Jedes Element in einer eigenen Zeile, mit seinem Index entlang jeder Achse</translation>
    </message>
    <message>
        <source>Export slice as CSV…</source>
        <translation>Ausschnitt als CSV exportieren…</translation>
    </message>
    <message>
        <source>The current two-dimensional slice, every page of it, as a table</source>
        <translation>Der aktuelle zweidimensionale Ausschnitt mit allen Seiten, als Tabelle</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. Show this tab again to compute the histogram.</source>
        <translation>Abgebrochen. Zeigen Sie diesen Reiter erneut, um das Histogramm zu berechnen.</translation>
    </message>
    <message>
        <source>Cancelled. Show this tab again to compute the heatmap.</source>
        <translation>Abgebrochen. Zeigen Sie diesen Reiter erneut, um die Heatmap zu berechnen.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>Computing the histogram…</source>
        <translation>Histogramm wird berechnet…</translation>
    </message>
    <message>
        <source>Computing the heatmap…</source>
        <translation>Heatmap wird berechnet…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The mask does not fit the data (it must be a bool array of the same shape) and is ignored.</source>
        <translation>Die Maske passt nicht zu den Daten (sie muss ein bool-Array derselben Form sein) und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The index along %1 (0 to %2)</source>
        <translation>Der Index entlang %1 (0 bis %2)</translation>
    </message>
    <message>
        <source>of %1: %2–%3 of %4</source>
        <translation>von %1: %2–%3 von %4</translation>
    </message>
    <message>
        <source>No array.</source>
        <translation>Kein Array.</translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation>dtype %1</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>stored in Fortran order</source>
        <translation>in Fortran-Reihenfolge gespeichert</translation>
    </message>
    <message>
        <source>The dtype has more than %1 fields; the table shows the first %1.</source>
        <translation>Der dtype hat mehr als %1 Felder; die Tabelle zeigt die ersten %1.</translation>
    </message>
    <message>
        <source>No statistics: the values of dtype %1 are not numbers.</source>
        <translation>Keine Statistik: Die Werte vom dtype %1 sind keine Zahlen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Values (not masked)</source>
        <translation>Werte (nicht maskiert)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Finite</source>
        <translation>Endlich</translation>
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
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Standardabw.</translation>
    </message>
    <message>
        <source>Waiting for the statistics…</source>
        <translation>Warten auf die Statistik…</translation>
    </message>
    <message>
        <source>The histogram needs the statistics, which were not computed.</source>
        <translation>Das Histogramm braucht die Statistik, die nicht berechnet wurde.</translation>
    </message>
    <message>
        <source>There are no finite values.</source>
        <translation>Es gibt keine endlichen Werte.</translation>
    </message>
    <message>
        <source>Finite values: %1 · bins: %2 · bin width: %3</source>
        <translation>Endliche Werte: %1 · Klassen: %2 · Klassenbreite: %3</translation>
    </message>
    <message>
        <source>A heatmap needs numeric values in two or more dimensions.</source>
        <translation>Eine Heatmap braucht numerische Werte in zwei oder mehr Dimensionen.</translation>
    </message>
    <message>
        <source>Rows: %1, columns: %2.</source>
        <translation>Zeilen: %1, Spalten: %2.</translation>
    </message>
    <message>
        <source>Each pixel stands for a block of %1 × %2 values.</source>
        <translation>Jedes Pixel steht für einen Block von %1 × %2 Werten.</translation>
    </message>
    <message>
        <source>The slice is empty.</source>
        <translation>Der Ausschnitt ist leer.</translation>
    </message>
    <message>
        <source>Export array as CSV</source>
        <translation>Array als CSV exportieren</translation>
    </message>
    <message>
        <source>Export slice as CSV</source>
        <translation>Ausschnitt als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>row, column</source>
        <translation>Zeile, Spalte</translation>
    </message>
    <message>
        <source>Go to a row, or to a row and a column, as numpy indexes them (-1 is the last) (Ctrl+G)</source>
        <translation>Zu einer Zeile oder zu Zeile und Spalte springen, indiziert wie in numpy (-1 ist die letzte) (Strg+G)</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Gehe zu:</translation>
    </message>
    <message>
        <source>Go To…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Type a row, or a row and a column: 1200 or 1200, 3</source>
        <translation>Eine Zeile oder Zeile und Spalte eingeben: 1200 oder 1200, 3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
    <message>
        <source>No row %1 (rows: %2)</source>
        <translation>Keine Zeile %1 (Zeilen: %2)</translation>
    </message>
    <message>
        <source>No column %1 (columns: %2)</source>
        <translation>Keine Spalte %1 (Spalten: %2)</translation>
    </message>
</context>
<context>
    <name>ArraysCommand</name>
    <message>
        <source>List every array of FILE: where it is, its member, dtype, shape, exact sum and first values.</source>
        <translation>Jedes Array von FILE auflisten: wo es liegt, sein Archiveintrag, dtype, Form, exakte Summe und erste Werte.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>array member &quot;%1&quot;: %2</source>
        <translation>Array-Eintrag &quot;%1&quot;: %2</translation>
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
        <translation>%1  %2 dünn besetzt %3, %4 gespeichert  %5
</translation>
    </message>
</context>
<context>
    <name>AttributesView</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Fitted attributes: %1. Whole model (schema.json and every array and member): %2.</source>
        <translation>Gelernte Attribute: %1. Ganzes Modell (schema.json und alle Arrays und Archiveinträge): %2.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Print a SARIF 2.1.0 log: one result per untrusted name.</source>
        <translation>Ein SARIF-2.1.0-Protokoll ausgeben: ein Ergebnis je nicht vertrauenswürdigem Namen.</translation>
    </message>
    <message>
        <source>Trust this type name too (repeatable).</source>
        <translation>Auch diesem Typnamen vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trust the names a policy file approves: exact names and prefix rules like mycompany.models.* in its &quot;trusted&quot; array.</source>
        <translation>Den Namen vertrauen, die eine Richtliniendatei freigibt: exakte Namen und Präfixregeln wie mycompany.models.* in ihrem Array &quot;trusted&quot;.</translation>
    </message>
    <message>
        <source>policy.json</source>
        <translation>policy.json</translation>
    </message>
    <message>
        <source>choose one of --json and --sarif</source>
        <translation>wählen Sie entweder --json oder --sarif</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>%1: protocol %2, written by skops %3
</source>
        <translation>%1: Protokoll %2, geschrieben von skops %3
</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
    <message>
        <source>Allow-list: %1 (%2)
</source>
        <translation>Positivliste: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>Trust policy: %1 (%n entry(s))
</source>
        <translation>
            <numerusform>Vertrauensrichtlinie: %1 (%n Eintrag)
</numerusform>
            <numerusform>Vertrauensrichtlinie: %1 (%n Einträge)
</numerusform>
        </translation>
    </message>
    <message>
        <source>No untrusted types: skops.io.load would accept this file.
</source>
        <translation>Keine nicht vertrauenswürdigen Typen: skops.io.load würde diese Datei annehmen.
</translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted type(s); skops.io.load refuses the file unless they are trusted:
</source>
        <translation>
            <numerusform>%n nicht vertrauenswürdiger Typ; skops.io.load verweigert die Datei, solange ihm nicht vertraut wird:
</numerusform>
            <numerusform>%n nicht vertrauenswürdige Typen; skops.io.load verweigert die Datei, solange ihnen nicht vertraut wird:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n Fundstelle</numerusform>
            <numerusform>%n Fundstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>List the types in FILE that skops would refuse to load, and where each one is.
Exit status: 0 when no untrusted type remains, 1 when some remain, 2 when the file or the policy cannot be read. Structural warnings (after the untrusted types; &quot;warnings&quot; in --json) do not change the exit status.</source>
        <translation>Die Typen in FILE auflisten, deren Laden skops verweigern würde, und wo sie jeweils vorkommen.
Exit-Status: 0, wenn kein nicht vertrauenswürdiger Typ übrig bleibt, 1, wenn welche übrig bleiben, 2, wenn die Datei oder die Richtlinie nicht gelesen werden kann. Strukturwarnungen (nach den nicht vertrauenswürdigen Typen; &quot;warnings&quot; in --json) ändern den Exit-Status nicht.</translation>
    </message>
    <message>
        <source>No untrusted types, but skops.io.load fails on this file (see the warnings).
</source>
        <translation>Keine nicht vertrauenswürdigen Typen, aber skops.io.load scheitert an dieser Datei (siehe die Warnungen).
</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s):
</source>
        <translation>
            <numerusform>%n Strukturwarnung:
</numerusform>
            <numerusform>%n Strukturwarnungen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>(archive member)</source>
        <translation>(Archiveintrag)</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Built-in allow-list: %1 (default %2).</source>
        <translation>Eingebaute Positivliste: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>A .skops file.</source>
        <translation>Eine .skops-Datei.</translation>
    </message>
    <message>
        <source>%1 takes exactly one FILE (try %1 --help)</source>
        <translation>%1 erwartet genau ein FILE (siehe %1 --help)</translation>
    </message>
    <message>
        <source>the schema has an __id__ cycle: the state at %1 repeats the id of its ancestor at %2, so skops cannot load it</source>
        <translation>das Schema hat einen __id__-Zyklus: Der Zustand bei %1 wiederholt die ID seines Vorfahren bei %2, daher kann skops es nicht laden</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>der Wurzel</translation>
    </message>
    <message>
        <source>the array member &quot;%1&quot; (at %2) is unusable: %3</source>
        <translation>der Array-Eintrag &quot;%1&quot; (bei %2) ist unbrauchbar: %3</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>&amp;Estimators</source>
        <translation>&amp;Estimatoren</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Fitted &amp;attributes</source>
        <translation>&amp;Gelernte Attribute</translation>
    </message>
    <message>
        <source>A&amp;rray</source>
        <translation>A&amp;rray</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Roh&amp;text</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Date&amp;i</translation>
    </message>
</context>
<context>
    <name>EditOverlayProxy</name>
    <message>
        <source>removed on export</source>
        <translation>wird beim Export entfernt</translation>
    </message>
    <message>
        <source>replaced with null on export, with a node above it</source>
        <translation>wird beim Export durch null ersetzt, zusammen mit einem Knoten darüber</translation>
    </message>
    <message>
        <source>replaced with null on export; the file holds %1</source>
        <translation>wird beim Export durch null ersetzt; die Datei enthält %1</translation>
    </message>
    <message>
        <source>set on export; the file holds %1</source>
        <translation>wird beim Export gesetzt; die Datei enthält %1</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>the root</source>
        <translation>der Wurzel</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a node of the model.</source>
        <translation>%1 ist kein Knoten des Modells.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is already removed.</source>
        <translation>%1 liegt in %2, das bereits entfernt ist.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is already replaced with null.</source>
        <translation>%1 liegt in %2, das bereits durch null ersetzt ist.</translation>
    </message>
    <message>
        <source>%1 is already removed.</source>
        <translation>%1 ist bereits entfernt.</translation>
    </message>
    <message>
        <source>%1 is already replaced with null.</source>
        <translation>%1 ist bereits durch null ersetzt.</translation>
    </message>
    <message>
        <source>The root cannot be replaced with null: nothing of the model would remain.</source>
        <translation>Die Wurzel kann nicht durch null ersetzt werden: Vom Modell bliebe nichts übrig.</translation>
    </message>
    <message>
        <source>%1 is a key type of a dict; remove the dict entry instead.</source>
        <translation>%1 ist ein Schlüsseltyp eines dict; entfernen Sie stattdessen den dict-Eintrag.</translation>
    </message>
    <message>
        <source>%1 is %2, not a number, string, boolean or null.</source>
        <translation>%1 ist %2, keine Zahl, keine Zeichenkette, kein Wahrheitswert und nicht null.</translation>
    </message>
    <message>
        <source>%1 does not hold a number, string, boolean or null.</source>
        <translation>%1 enthält weder eine Zahl noch eine Zeichenkette, einen Wahrheitswert oder null.</translation>
    </message>
    <message>
        <source>The new value of %1 must be a number, a string in quotes, true, false or null, not %2.</source>
        <translation>Der neue Wert von %1 muss eine Zahl, eine Zeichenkette in Anführungszeichen, true, false oder null sein, nicht %2.</translation>
    </message>
    <message>
        <source>The root cannot be removed.</source>
        <translation>Die Wurzel kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: only dict entries and list, tuple or set elements can be. Replace it with null instead.</source>
        <translation>%1 kann nicht entfernt werden: Das geht nur bei dict-Einträgen und Elementen von list, tuple oder set. Ersetzen Sie es stattdessen durch null.</translation>
    </message>
    <message>
        <source>The key types of the dict holding %1 are shared with another place, so one of its entries cannot be removed alone.</source>
        <translation>Die Schlüsseltypen des dict, das %1 enthält, werden mit einer anderen Stelle geteilt, daher kann keiner seiner Einträge allein entfernt werden.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Replace %1 with null</source>
        <translation>%1 durch null ersetzen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write IN as a cleaned .skops archive OUT: schema.json, re-serialised, and only the members it references. Protocol 0 and 1 files are written as protocol 2. Edits apply in the order given; PATH is a JSON pointer as `audit --json` prints it.
Exit status: 0 when OUT was written, 2 when nothing was written.</source>
        <translation>IN als bereinigtes .skops-Archiv OUT schreiben: schema.json, neu serialisiert, und nur die Archiveinträge, auf die es verweist. Dateien mit Protokoll 0 und 1 werden als Protokoll 2 geschrieben. Bearbeitungen gelten in der angegebenen Reihenfolge; PATH ist ein JSON-Pointer, wie `audit --json` ihn ausgibt.
Exit-Status: 0, wenn OUT geschrieben wurde, 2, wenn nichts geschrieben wurde.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The .skops file to read.</source>
        <translation>Die zu lesende .skops-Datei.</translation>
    </message>
    <message>
        <source>The file to write (may be IN itself).</source>
        <translation>Die zu schreibende Datei (darf IN selbst sein).</translation>
    </message>
    <message>
        <source>Compress the members (default: stored).</source>
        <translation>Die Archiveinträge komprimieren (Standard: unkomprimiert gespeichert).</translation>
    </message>
    <message>
        <source>Set the primitive value at PATH to JSON (repeatable).</source>
        <translation>Den einfachen Wert bei PATH auf JSON setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>PATH=JSON</source>
        <translation>PATH=JSON</translation>
    </message>
    <message>
        <source>Remove the dict entry or list element at PATH (repeatable).</source>
        <translation>Den dict-Eintrag oder das Listenelement bei PATH entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Replace the node at PATH by None (repeatable).</source>
        <translation>Den Knoten bei PATH durch None ersetzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Write what was removed or changed to FILE as JSON.</source>
        <translation>Was entfernt oder geändert wurde, als JSON in FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>export takes IN and OUT (try export --help)</source>
        <translation>export erwartet IN und OUT (siehe export --help)</translation>
    </message>
    <message>
        <source>--set takes PATH=JSON, not &quot;%1&quot;</source>
        <translation>--set erwartet PATH=JSON, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create the report: %1</source>
        <translation>der Bericht kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: protocol %2, %n member(s), %3
</source>
        <translation>
            <numerusform>%1: Protokoll %2, %n Archiveintrag, %3
</numerusform>
            <numerusform>%1: Protokoll %2, %n Archiveinträge, %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>Deflate-Kompression</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>unkomprimiert</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write the model with its edits to a new file; the open file is not changed</source>
        <translation>Das Modell mit seinen Änderungen in eine neue Datei schreiben; die geöffnete Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>Export &amp;Cleaned…</source>
        <translation>Bereinigt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write only schema.json and the members it uses, with the edits, and report what was left out</source>
        <translation>Nur schema.json und die verwendeten Archiveinträge mit den Änderungen schreiben und berichten, was weggelassen wurde</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Remove from Export</source>
        <translation>Aus dem Export &amp;entfernen</translation>
    </message>
    <message>
        <source>Replace with &amp;null</source>
        <translation>Durch &amp;null ersetzen</translation>
    </message>
    <message>
        <source>Saving was cancelled: another file was opened.</source>
        <translation>Das Speichern wurde abgebrochen: Eine andere Datei wurde geöffnet.</translation>
    </message>
    <message>
        <source>Leave the selected node out of the exported file</source>
        <translation>Den ausgewählten Knoten in der exportierten Datei weglassen</translation>
    </message>
    <message>
        <source>Leave %1 out of the exported file</source>
        <translation>%1 in der exportierten Datei weglassen</translation>
    </message>
    <message>
        <source>Write None in place of the selected node</source>
        <translation>None anstelle des ausgewählten Knotens schreiben</translation>
    </message>
    <message>
        <source>Write None in place of %1 and everything below it</source>
        <translation>None anstelle von %1 und allem darunter schreiben</translation>
    </message>
    <message>
        <source>Export Cleaned</source>
        <translation>Bereinigt exportieren</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>skops models (*.skops);;All files (*)</source>
        <translation>skops-Modelle (*.skops);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving %1 was cancelled; nothing was written.</source>
        <translation>Das Speichern von %1 wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n change(s)).</source>
        <translation>
            <numerusform>%1 exportiert (%n Änderung).</numerusform>
            <numerusform>%1 exportiert (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing failed: %1. Nothing was written; the open file is unchanged.</source>
        <translation>Schreiben fehlgeschlagen: %1. Nichts wurde geschrieben; die geöffnete Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The model cannot be exported as it is: %1</source>
        <translation>Das Modell kann so nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n edit(s) that are not saved.</source>
        <translation>
            <numerusform>%1 hat %n ungespeicherte Änderung.</numerusform>
            <numerusform>%1 hat %n ungespeicherte Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The edits exist only in this window; the file itself is never changed. Save them to a file of your choice?</source>
        <translation>Die Änderungen gibt es nur in diesem Fenster; die Datei selbst wird nie verändert. Möchten Sie sie in einer Datei Ihrer Wahl speichern?</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Archiveintrag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Save report as JSON…</source>
        <translation>Bericht als JSON speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n member(s), protocol %2, %3.</source>
        <translation>
            <numerusform>Nach %1 geschrieben: %n Archiveintrag, Protokoll %2, %3.</numerusform>
            <numerusform>Nach %1 geschrieben: %n Archiveinträge, Protokoll %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>Deflate-Kompression</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>unkomprimiert</translation>
    </message>
    <message>
        <source>Nothing was removed or changed.</source>
        <translation>Nichts wurde entfernt oder geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) removed or changed:</source>
        <translation>
            <numerusform>%n Sache entfernt oder geändert:</numerusform>
            <numerusform>%n Dinge entfernt oder geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>umgewandelt</translation>
    </message>
    <message>
        <source>skops version</source>
        <translation>skops-Version</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>state moved</source>
        <translation>Zustand verschoben</translation>
    </message>
    <message>
        <source>repeats rewritten</source>
        <translation>Wiederholungen neu geschrieben</translation>
    </message>
    <message>
        <source>member removed</source>
        <translation>Archiveintrag entfernt</translation>
    </message>
    <message>
        <source>duplicate removed</source>
        <translation>Duplikat entfernt</translation>
    </message>
    <message>
        <source>member renamed</source>
        <translation>Archiveintrag umbenannt</translation>
    </message>
    <message>
        <source>member missing</source>
        <translation>Archiveintrag fehlt</translation>
    </message>
    <message>
        <source>comment removed</source>
        <translation>Kommentar entfernt</translation>
    </message>
    <message>
        <source>schema rewritten</source>
        <translation>Schema neu geschrieben</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Save report as JSON</source>
        <translation>Bericht als JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FileInfoView</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Written by skops:</source>
        <translation>Geschrieben von skops:</translation>
    </message>
    <message>
        <source>scikit-learn:</source>
        <translation>scikit-learn:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Archiveinträge:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Kompression:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Estimator</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>scikit-learn</source>
        <translation>scikit-learn</translation>
    </message>
    <message>
        <source>Estimators:</source>
        <translation>Estimatoren:</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keine gespeichert</translation>
    </message>
    <message>
        <source>%1, %2 uncompressed</source>
        <translation>%1, %2 unkomprimiert</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
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
        <translation>scikit-learn-Dateien im .skops-Format ohne Python untersuchen und prüfen.

Befehle:
  tree FILE     den Knotenbaum ausgeben, wie skops.io.visualize es tut
  audit FILE    die Typen auflisten, deren Laden skops verweigern würde, und wo sie sind
  arrays FILE   jedes Array mit dtype, Form und ersten Werten auflisten
  export IN OUT eine bereinigte, wahlweise bearbeitete Kopie als Protokoll 2 schreiben

skops-inspect COMMAND --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>tree, audit or arrays</source>
        <translation>tree, audit oder arrays</translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation>kein Befehl angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (siehe --help)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Skops Explorer</source>
        <translation>Skops Explorer</translation>
    </message>
    <message>
        <source>Node tree</source>
        <translation>Knotenbaum</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>Das Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a .skops file</source>
        <translation>Eine .skops-Datei öffnen</translation>
    </message>
    <message>
        <source>skops files (*.skops);;All files (*)</source>
        <translation>skops-Dateien (*.skops);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Save Estimator &amp;Diagram as PNG…</source>
        <translation>Estimator-&amp;Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>&amp;Review Untrusted Types…</source>
        <translation>&amp;Nicht vertrauenswürdige Typen prüfen…</translation>
    </message>
    <message>
        <source>Copy &amp;Python Snippet</source>
        <translation>&amp;Python-Codeschnipsel kopieren</translation>
    </message>
    <message>
        <source>Trust &amp;Policy and Allow-List…</source>
        <translation>&amp;Vertrauensrichtlinie und Positivliste…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Skops Explorer &amp;Help</source>
        <translation>Skops-Explorer-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;About Skops Explorer</source>
        <translation>&amp;Über Skops Explorer</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1[*] — Skops Explorer</source>
        <translation>%1[*] — Skops Explorer</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the bundled example could not be copied to %1</source>
        <translation>das mitgelieferte Beispiel konnte nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>Save the estimator diagram</source>
        <translation>Das Estimator-Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save the diagram</source>
        <translation>Das Diagramm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Skops Explorer Help</source>
        <translation>Skops-Explorer-Hilfe</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skops Explorer&lt;/b&gt; shows what a scikit-learn &lt;code&gt;.skops&lt;/code&gt; file holds without running anything from it.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;tree&lt;/b&gt; on the left mirrors the file: every estimator, parameter and array. Colours say whether skops trusts each node by default; a node whose colour is orange is a type skops refuses to load unless you trust it.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;panels&lt;/b&gt; on the right show the selected node: the estimator diagram, its parameters (changed ones highlighted), fitted attributes, array previews, the raw schema text, and facts about the file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; filters the tree by key, type or value; &lt;b&gt;Ctrl+C&lt;/b&gt; copies the selection; &lt;b&gt;Ctrl+O&lt;/b&gt; opens another file, and you can drop files on the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skops Explorer&lt;/b&gt; zeigt, was eine scikit-learn-Datei im &lt;code&gt;.skops&lt;/code&gt;-Format enthält, ohne etwas daraus auszuführen.&lt;/p&gt;&lt;p&gt;Der &lt;b&gt;Baum&lt;/b&gt; links bildet die Datei ab: jeden Estimator, jeden Parameter und jedes Array. Farben zeigen, ob skops einem Knoten standardmäßig vertraut; ein orangefarbener Knoten ist ein Typ, dessen Laden skops verweigert, solange Sie ihm nicht vertrauen.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Bereiche&lt;/b&gt; rechts zeigen den ausgewählten Knoten: das Estimator-Diagramm, seine Parameter (geänderte hervorgehoben), gelernte Attribute, Array-Vorschauen, den Rohtext des Schemas und Angaben zur Datei.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strg+F&lt;/b&gt; filtert den Baum nach Schlüssel, Typ oder Wert; &lt;b&gt;Strg+C&lt;/b&gt; kopiert die Auswahl; &lt;b&gt;Strg+O&lt;/b&gt; öffnet eine weitere Datei, und Sie können Dateien auf das Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Allow-list: %1</source>
        <translation>Positivliste: %1</translation>
    </message>
    <message>
        <source>Open a .skops file (Ctrl+O) or drop one here.</source>
        <translation>Öffnen Sie eine .skops-Datei (Strg+O) oder ziehen Sie eine hierher.</translation>
    </message>
    <message numerus="yes">
        <source>No untrusted types remain (%n approved by you).</source>
        <translation>
            <numerusform>Keine nicht vertrauenswürdigen Typen mehr (%n von Ihnen freigegeben).</numerusform>
            <numerusform>Keine nicht vertrauenswürdigen Typen mehr (%n von Ihnen freigegeben).</numerusform>
        </translation>
    </message>
    <message>
        <source>No untrusted types: skops would load this file.</source>
        <translation>Keine nicht vertrauenswürdigen Typen: skops würde diese Datei laden.</translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted type(s): skops refuses to load this file as it is.</source>
        <translation>
            <numerusform>%n nicht vertrauenswürdiger Typ: skops verweigert das Laden dieser Datei in dieser Form.</numerusform>
            <numerusform>%n nicht vertrauenswürdige Typen: skops verweigert das Laden dieser Datei in dieser Form.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s)</source>
        <translation>
            <numerusform>%n Strukturwarnung</numerusform>
            <numerusform>%n Strukturwarnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1; still showing the edits made since.</source>
        <translation>%1 gespeichert; die seitdem vorgenommenen Änderungen bleiben angezeigt.</translation>
    </message>
    <message>
        <source>No structural warnings</source>
        <translation>Keine strukturellen Warnungen</translation>
    </message>
    <message>
        <source>Show the structural warnings</source>
        <translation>Die strukturellen Warnungen anzeigen</translation>
    </message>
</context>
<context>
    <name>ParametersView</name>
    <message>
        <source>JSON: a number, true, false, null or &quot;text&quot; in quotes; a bare word is taken as text</source>
        <translation>JSON: eine Zahl, true, false, null oder &quot;Text&quot; in Anführungszeichen; ein einzelnes Wort ohne Anführungszeichen gilt als Text</translation>
    </message>
    <message>
        <source>Copy parameter name</source>
        <translation>Parameternamen kopieren</translation>
    </message>
    <message>
        <source>Copy the name set_params takes, e.g. clf__C</source>
        <translation>Den Namen kopieren, den set_params erwartet, z. B. clf__C</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Edit value for export</source>
        <translation>Wert für den Export bearbeiten</translation>
    </message>
    <message>
        <source>Change the value written by Save As and Export Cleaned; the file itself is not changed</source>
        <translation>Den Wert ändern, den „Speichern unter“ und „Bereinigt exportieren“ schreiben; die Datei selbst bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>%1 cannot be remembered: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
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
        <translation>scikit-learn-Dateien im .skops-Format erkunden, prüfen und exportieren, ohne Python auszuführen.</translation>
    </message>
    <message>
        <source>The .skops files to open, each in a window.</source>
        <translation>Die zu öffnenden .skops-Dateien, jede in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>Open FILE, save a picture of the window to PNG and quit.</source>
        <translation>FILE öffnen, ein Bild des Fensters als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>schema.json has nothing at %1</source>
        <translation>schema.json hat nichts bei %1</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>… cut here: the first %1 of %2 are shown.</source>
        <translation>… hier abgeschnitten: Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Filter by key, type or value (Ctrl+F)</source>
        <translation>Nach Schlüssel, Typ oder Wert filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message numerus="yes">
        <source>first %n matches</source>
        <translation>
            <numerusform>erste %n Treffer</numerusform>
            <numerusform>erste %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SparseMatrixView</name>
    <message>
        <source>The stored array of the matrix to show</source>
        <translation>Das anzuzeigende gespeicherte Array der Matrix</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Bestandteil:</translation>
    </message>
    <message>
        <source>No sparse matrix.</source>
        <translation>Keine dünn besetzte Matrix.</translation>
    </message>
    <message>
        <source>%1 matrix</source>
        <translation>%1-Matrix</translation>
    </message>
    <message>
        <source>shape %1 × %2</source>
        <translation>Form %1 × %2</translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation>dtype %1</translation>
    </message>
    <message>
        <source>%1 stored values</source>
        <translation>%1 gespeicherte Werte</translation>
    </message>
    <message>
        <source>density undefined (empty shape)</source>
        <translation>Dichte undefiniert (leere Form)</translation>
    </message>
    <message>
        <source>density %1 %</source>
        <translation>Dichte %1 %</translation>
    </message>
</context>
<context>
    <name>TreeCommand</name>
    <message>
        <source>Print the node tree of FILE exactly as skops.io.visualize(FILE, show=...) prints it.</source>
        <translation>Den Knotenbaum von FILE genau so ausgeben, wie skops.io.visualize(FILE, show=...) ihn ausgibt.</translation>
    </message>
    <message>
        <source>Which nodes: all, untrusted or trusted (default all).</source>
        <translation>Welche Knoten: all, untrusted oder trusted (Standard all).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>welche</translation>
    </message>
    <message>
        <source>--show takes all, untrusted or trusted, not &quot;%1&quot;</source>
        <translation>--show erwartet all, untrusted oder trusted, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TrustApprovalDialog</name>
    <message>
        <source>&amp;Browse without approving</source>
        <translation>&amp;Ansehen ohne Freigabe</translation>
    </message>
    <message>
        <source>&amp;Approve selected for this file</source>
        <translation>Auswahl für diese Datei &amp;freigeben</translation>
    </message>
    <message>
        <source>Approve and &amp;remember</source>
        <translation>Freigeben und &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Cancel opening</source>
        <translation>Öffnen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Untrusted types in %1</source>
        <translation>Nicht vertrauenswürdige Typen in %1</translation>
    </message>
    <message>
        <source>Your trust policy cannot be read, so nothing can be remembered: %1</source>
        <translation>Ihre Vertrauensrichtlinie kann nicht gelesen werden, daher kann nichts gemerkt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds %n name(s) that the %2 allow-list does not trust: skops.io.load refuses the file unless they are passed in &lt;code&gt;trusted=[…]&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Check the names you recognise and trust. Nothing from the file is run here, whatever you approve; approving changes what this window shows and what the Python snippet passes to skops.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; enthält %n Namen, dem die Positivliste %2 nicht vertraut: skops.io.load verweigert die Datei, solange er nicht in &lt;code&gt;trusted=[…]&lt;/code&gt; übergeben wird.&lt;/p&gt;&lt;p&gt;Kreuzen Sie die Namen an, die Sie kennen und denen Sie vertrauen. Aus der Datei wird hier nichts ausgeführt, was immer Sie freigeben; eine Freigabe ändert, was dieses Fenster zeigt und was der Python-Codeschnipsel an skops übergibt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; enthält %n Namen, denen die Positivliste %2 nicht vertraut: skops.io.load verweigert die Datei, solange sie nicht in &lt;code&gt;trusted=[…]&lt;/code&gt; übergeben werden.&lt;/p&gt;&lt;p&gt;Kreuzen Sie die Namen an, die Sie kennen und denen Sie vertrauen. Aus der Datei wird hier nichts ausgeführt, was immer Sie freigeben; eine Freigabe ändert, was dieses Fenster zeigt und was der Python-Codeschnipsel an skops übergibt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Click a path, or press Enter, to select that node in the tree and diagram.</source>
        <translation>Klicken Sie auf einen Pfad oder drücken Sie die Eingabetaste, um diesen Knoten in Baum und Diagramm auszuwählen.</translation>
    </message>
    <message>
        <source>Look at the file without approving anything. Always allowed.</source>
        <translation>Die Datei ansehen, ohne etwas freizugeben. Immer erlaubt.</translation>
    </message>
    <message>
        <source>Approve the checked names for this file only.</source>
        <translation>Die angekreuzten Namen nur für diese Datei freigeben.</translation>
    </message>
    <message>
        <source>Approve the checked names and add them to your trust policy, so that they are approved in every file you open.</source>
        <translation>Die angekreuzten Namen freigeben und Ihrer Vertrauensrichtlinie hinzufügen, damit sie in jeder Datei freigegeben sind, die Sie öffnen.</translation>
    </message>
    <message>
        <source>Close the file without showing it.</source>
        <translation>Die Datei schließen, ohne sie anzuzeigen.</translation>
    </message>
    <message>
        <source>remembered (%1)</source>
        <translation>gemerkt (%1)</translation>
    </message>
    <message>
        <source>trusted in %1</source>
        <translation>vertrauenswürdig in %1</translation>
    </message>
    <message>
        <source>Stored in schema.json as:</source>
        <translation>In schema.json gespeichert als:</translation>
    </message>
    <message>
        <source>fixed by the %1 loader</source>
        <translation>vom Loader %1 festgelegt</translation>
    </message>
    <message>
        <source>No built-in profile trusts it: it is not among the defaults of any supported scikit-learn, numpy or scipy version.</source>
        <translation>Kein eingebautes Profil vertraut ihm: Er gehört bei keiner unterstützten scikit-learn-, numpy- oder scipy-Version zu den Standards.</translation>
    </message>
    <message>
        <source>Trusted by default in %1: probably only a version difference between the environment that wrote the file and the %2 allow-list.</source>
        <translation>Standardmäßig vertrauenswürdig in %1: wahrscheinlich nur ein Versionsunterschied zwischen der Umgebung, die die Datei geschrieben hat, und der Positivliste %2.</translation>
    </message>
    <message>
        <source>Your trust policy approves it: %1</source>
        <translation>Ihre Vertrauensrichtlinie gibt ihn frei: %1</translation>
    </message>
    <message>
        <source>Nothing in this file needs approval.</source>
        <translation>Nichts in dieser Datei braucht eine Freigabe.</translation>
    </message>
    <message>
        <source>Select a name to see where it is.</source>
        <translation>Wählen Sie einen Namen, um zu sehen, wo er vorkommt.</translation>
    </message>
    <message>
        <source>&amp;Occurrences (%1):</source>
        <translation>&amp;Vorkommen (%1):</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>approved for %1</source>
        <translation>freigegeben für %1</translation>
    </message>
    <message>
        <source>Nothing was remembered: %1</source>
        <translation>Nichts wurde gemerkt: %1</translation>
    </message>
</context>
<context>
    <name>TrustController</name>
    <message>
        <source>The trust policy cannot be read: %1</source>
        <translation>Die Vertrauensrichtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file has no untrusted types under the %1 allow-list.</source>
        <translation>Diese Datei hat unter der Positivliste %1 keine nicht vertrauenswürdigen Typen.</translation>
    </message>
    <message>
        <source>Computing the file&apos;s SHA-256…</source>
        <translation>SHA-256 der Datei wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>Copied skops.io.load(…) with %n approved name(s).</source>
        <translation>
            <numerusform>skops.io.load(…) mit %n freigegebenen Namen kopiert.</numerusform>
            <numerusform>skops.io.load(…) mit %n freigegebenen Namen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SHA-256 of %1 cannot be computed: %2</source>
        <translation>Der SHA-256 von %1 kann nicht berechnet werden: %2</translation>
    </message>
</context>
<context>
    <name>TrustPalette</name>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Untrusted inside</source>
        <translation>Innen nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Von Ihnen freigegeben</translation>
    </message>
    <message>
        <source>On the allow-list, and so is everything below it.</source>
        <translation>Auf der Positivliste, ebenso alles darunter.</translation>
    </message>
    <message>
        <source>Trusted itself, but something below it is not.</source>
        <translation>Selbst vertrauenswürdig, aber etwas darunter nicht.</translation>
    </message>
    <message>
        <source>Not on the allow-list: skops refuses to load the file unless you trust it.</source>
        <translation>Nicht auf der Positivliste: skops verweigert das Laden der Datei, solange Sie ihm nicht vertrauen.</translation>
    </message>
    <message>
        <source>Not on the allow-list, but you approved this name.</source>
        <translation>Nicht auf der Positivliste, aber Sie haben diesen Namen freigegeben.</translation>
    </message>
</context>
<context>
    <name>TrustPolicyDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Built-in &amp;allow-list:</source>
        <translation>Eingebaute &amp;Positivliste:</translation>
    </message>
    <message>
        <source>The names skops trusts by default depend on the scikit-learn, numpy and scipy versions where the model is loaded; choose that environment, or the union of both.</source>
        <translation>Welchen Namen skops standardmäßig vertraut, hängt von den scikit-learn-, numpy- und scipy-Versionen ab, unter denen das Modell geladen wird; wählen Sie diese Umgebung oder die Vereinigung beider.</translation>
    </message>
    <message>
        <source>Names you approved and remembered, kept in %1 and never in a model file. A prefix rule such as &lt;code&gt;mycompany.models.*&lt;/code&gt; approves every name under that module path.</source>
        <translation>Namen, die Sie freigegeben und gemerkt haben, gespeichert in %1 und nie in einer Modelldatei. Eine Präfixregel wie &lt;code&gt;mycompany.models.*&lt;/code&gt; gibt jeden Namen unter diesem Modulpfad frei.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>module.Name or module.prefix.*</source>
        <translation>modul.Name oder modul.praefix.*</translation>
    </message>
    <message>
        <source>why it is trusted</source>
        <translation>warum ihm vertraut wird</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add the entries of a policy file, keeping yours.</source>
        <translation>Die Einträge einer Richtliniendatei hinzufügen und Ihre behalten.</translation>
    </message>
    <message>
        <source>Save these entries to a file to share them.</source>
        <translation>Diese Einträge in einer Datei speichern, um sie weiterzugeben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Your saved policy cannot be read (%1). OK replaces it with the entries shown here.</source>
        <translation>Ihre gespeicherte Richtlinie kann nicht gelesen werden (%1). OK ersetzt sie durch die hier gezeigten Einträge.</translation>
    </message>
    <message>
        <source>prefix rule</source>
        <translation>Präfixregel</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>exakter Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the policy</source>
        <translation>&quot;%1&quot; ist bereits in der Richtlinie</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>%n Eintrag entfernt.</numerusform>
            <numerusform>%n Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new entry(s) from %1.</source>
        <translation>
            <numerusform>%n neuer Eintrag aus %1 importiert.</numerusform>
            <numerusform>%n neue Einträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import trust policy</source>
        <translation>Vertrauensrichtlinie importieren</translation>
    </message>
    <message>
        <source>Trust policies (*.json);;All files (*)</source>
        <translation>Vertrauensrichtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export trust policy</source>
        <translation>Vertrauensrichtlinie exportieren</translation>
    </message>
    <message>
        <source>Trust policies (*.json)</source>
        <translation>Vertrauensrichtlinien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>Die Richtlinie wurde nicht gespeichert: %1</translation>
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
        <translation>Wo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Structural warnings</source>
        <translation>Strukturwarnungen</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei ist geöffnet.</translation>
    </message>
    <message>
        <source>Checking the file&apos;s structure…</source>
        <translation>Die Struktur der Datei wird geprüft…</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Archiveintrag %1</translation>
    </message>
    <message>
        <source>No structural warnings.</source>
        <translation>Keine Strukturwarnungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n structural warning(s): what skops does not check or silently accepts. Activate one to select its node.</source>
        <translation>
            <numerusform>%n Strukturwarnung: etwas, das skops nicht prüft oder stillschweigend hinnimmt. Aktivieren Sie sie, um ihren Knoten auszuwählen.</numerusform>
            <numerusform>%n Strukturwarnungen: was skops nicht prüft oder stillschweigend hinnimmt. Aktivieren Sie eine, um ihren Knoten auszuwählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skops</name>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation>nicht alles konnte geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>ZIP error %1</source>
        <translation>ZIP-Fehler %1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot create the file in %1: %2</source>
        <translation>die Datei kann in %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot start the archive (ZIP error %1)</source>
        <translation>das Archiv kann nicht begonnen werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>the archive is not open for writing</source>
        <translation>das Archiv ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot start the member &quot;%1&quot; (ZIP error %2)</source>
        <translation>der Eintrag &quot;%1&quot; kann nicht begonnen werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>writing the member &quot;%1&quot; failed: %2</source>
        <translation>das Schreiben des Eintrags &quot;%1&quot; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>finishing the member &quot;%1&quot; failed: %2</source>
        <translation>das Abschließen des Eintrags &quot;%1&quot; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>finishing the archive failed: %1</source>
        <translation>das Abschließen des Archivs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot move the written file into place: %1</source>
        <translation>die geschriebene Datei kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>Achse %1</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>gespeichert (%1)</translation>
    </message>
    <message>
        <source>deflated (%1)</source>
        <translation>deflate-komprimiert (%1)</translation>
    </message>
    <message>
        <source>other methods (%1)</source>
        <translation>andere Verfahren (%1)</translation>
    </message>
    <message>
        <source>schema.json is not valid JSON (byte %1): %2</source>
        <translation>schema.json ist kein gültiges JSON (Byte %1): %2</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <source>schema.json holds more than %1 values, the limit</source>
        <translation>schema.json enthält mehr als %1 Werte, die Obergrenze</translation>
    </message>
    <message>
        <source>schema.json is nested more than %1 levels deep, the limit</source>
        <translation>schema.json ist tiefer als %1 Ebenen verschachtelt, die Obergrenze</translation>
    </message>
    <message>
        <source>schema.json has %1 bytes, more than the limit of %2</source>
        <translation>schema.json hat %1 Bytes, mehr als die Obergrenze von %2</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>der Wurzel</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>der Wert %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the rewritten schema.json cannot be read back: %1</source>
        <translation>das neu geschriebene schema.json kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>the rewritten schema.json would not load: %1</source>
        <translation>das neu geschriebene schema.json ließe sich nicht laden: %1</translation>
    </message>
    <message>
        <source>the rewritten schema.json would have an __id__ cycle</source>
        <translation>das neu geschriebene schema.json hätte einen __id__-Zyklus</translation>
    </message>
    <message>
        <source>the numpy Generator at %1 cannot be written as protocol 2: protocol 2 stores its seed sequence, which a protocol-%2 file does not have (%3), so no protocol-2 state would load the same</source>
        <translation>der numpy-Generator bei %1 kann nicht als Protokoll 2 geschrieben werden: Protokoll 2 speichert seine Seed-Sequenz, die eine Datei mit Protokoll %2 nicht hat (%3), daher würde kein Zustand in Protokoll 2 gleich geladen</translation>
    </message>
    <message>
        <source>and skops 0.10 and later cannot load a protocol-0 generator at all</source>
        <translation>und skops ab 0.10 kann einen Generator in Protokoll 0 überhaupt nicht laden</translation>
    </message>
    <message>
        <source>skops gives such a generator a new random one on every load</source>
        <translation>skops ersetzt einen solchen Generator bei jedem Laden durch einen neuen zufälligen</translation>
    </message>
    <message>
        <source>the protocol-0 function %1.%2 is written in the protocol-2 shape: its module and name in __module__ and __class__, no content</source>
        <translation>die Funktion %1.%2 aus Protokoll 0 wird in der Form von Protokoll 2 geschrieben: Modul und Name in __module__ und __class__, ohne Inhalt</translation>
    </message>
    <message>
        <source>the SGDNode is written as a LossNode: skops 0.11 replaced that loader by LossNode, which reads the same state, and cannot read SGDNode any more</source>
        <translation>der SGDNode wird als LossNode geschrieben: skops 0.11 hat diesen Loader durch LossNode ersetzt, der denselben Zustand liest, und kann SGDNode nicht mehr lesen</translation>
    </message>
    <message>
        <source>the protocol %1 is written as the integer 2</source>
        <translation>das Protokoll %1 wird als Ganzzahl 2 geschrieben</translation>
    </message>
    <message>
        <source>protocol %1 is written as protocol 2</source>
        <translation>Protokoll %1 wird als Protokoll 2 geschrieben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>_skops_version %1 is now %2, the skops release whose format is written</source>
        <translation>_skops_version %1 ist jetzt %2, die skops-Version, deren Format geschrieben wird</translation>
    </message>
    <message>
        <source>the state of %1, shared with this place, is written here in full because the edit took its first place</source>
        <translation>der Zustand von %1, den diese Stelle teilt, wird hier vollständig geschrieben, weil die Bearbeitung seine erste Stelle betraf</translation>
    </message>
    <message>
        <source>there is no value at %1</source>
        <translation>bei %1 gibt es keinen Wert</translation>
    </message>
    <message>
        <source>%1 is not the place of a node of the model (it may lie inside a repeated state, which skops never reads: edit its first place)</source>
        <translation>%1 ist nicht die Stelle eines Knotens des Modells (sie liegt vielleicht in einem wiederholten Zustand, den skops nie liest: Bearbeiten Sie seine erste Stelle)</translation>
    </message>
    <message>
        <source>%1 is %2, not a primitive value (a number, string, boolean or null)</source>
        <translation>%1 ist %2, kein einfacher Wert (eine Zahl, Zeichenkette, ein Wahrheitswert oder null)</translation>
    </message>
    <message>
        <source>%1 does not hold a primitive value (a number, string, boolean or null)</source>
        <translation>%1 enthält keinen einfachen Wert (eine Zahl, Zeichenkette, einen Wahrheitswert oder null)</translation>
    </message>
    <message>
        <source>the new value for %1 is not JSON: %2</source>
        <translation>der neue Wert für %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>the new value for %1 must be a number, a string, true, false or null</source>
        <translation>der neue Wert für %1 muss eine Zahl, eine Zeichenkette, true, false oder null sein</translation>
    </message>
    <message>
        <source>set to %1 (was %2)</source>
        <translation>auf %1 gesetzt (war %2)</translation>
    </message>
    <message>
        <source>the root cannot be replaced by null: nothing of the model would remain</source>
        <translation>die Wurzel kann nicht durch null ersetzt werden: Vom Modell bliebe nichts übrig</translation>
    </message>
    <message>
        <source>%1 is a key type of a dict; remove the dict entry instead</source>
        <translation>%1 ist ein Schlüsseltyp eines dict; entfernen Sie stattdessen den dict-Eintrag</translation>
    </message>
    <message>
        <source>%1 replaced by None</source>
        <translation>%1 durch None ersetzt</translation>
    </message>
    <message>
        <source>the root cannot be removed</source>
        <translation>die Wurzel kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 cannot be removed: only dict entries and list, tuple or set elements can be; replace it by null instead</source>
        <translation>%1 kann nicht entfernt werden: Das geht nur bei dict-Einträgen und Elementen von list, tuple oder set; ersetzen Sie es stattdessen durch null</translation>
    </message>
    <message>
        <source>the key types of the dict holding %1 are shared with another place, so one of its entries cannot be removed alone</source>
        <translation>die Schlüsseltypen des dict, das %1 enthält, werden mit einer anderen Stelle geteilt, daher kann keiner seiner Einträge allein entfernt werden</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>repeated states (the same __id__ again) are rewritten as copies of their edited first state</source>
        <translation>wiederholte Zustände (dieselbe __id__ erneut) werden als Kopien ihres bearbeiteten ersten Zustands neu geschrieben</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is written as &quot;%2&quot;</source>
        <translation>der Eintrag &quot;%1&quot; wird als &quot;%2&quot; geschrieben</translation>
    </message>
    <message>
        <source>the schema has an __id__ cycle (the state at %1 repeats the id of an ancestor), so skops cannot load it and it is not exported</source>
        <translation>das Schema hat einen __id__-Zyklus (der Zustand bei %1 wiederholt die ID eines Vorfahren), daher kann skops es nicht laden und es wird nicht exportiert</translation>
    </message>
    <message>
        <source>the array member &quot;%1&quot; (at %2) is unusable: %3. skops could not load the exported file either; remove that node or replace it by null</source>
        <translation>der Array-Eintrag &quot;%1&quot; (bei %2) ist unbrauchbar: %3. skops könnte auch die exportierte Datei nicht laden; entfernen Sie diesen Knoten oder ersetzen Sie ihn durch null</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entry(s) with this name left out (skops reads the last one)</source>
        <translation>
            <numerusform>%n früherer Eintrag mit diesem Namen weggelassen (skops liest den letzten)</numerusform>
            <numerusform>%n frühere Einträge mit diesem Namen weggelassen (skops liest den letzten)</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer referenced after the edits</source>
        <translation>nach den Bearbeitungen nicht mehr referenziert</translation>
    </message>
    <message>
        <source>not referenced by schema.json</source>
        <translation>nicht von schema.json referenziert</translation>
    </message>
    <message>
        <source>the archive comment is left out</source>
        <translation>der Archivkommentar wird weggelassen</translation>
    </message>
    <message>
        <source>named only by a repeated state that skops never reads, and not in the archive either</source>
        <translation>nur von einem wiederholten Zustand genannt, den skops nie liest, und auch nicht im Archiv</translation>
    </message>
    <message>
        <source>schema.json is rewritten as json.dumps(indent=2) writes it (%1 bytes, before %2)</source>
        <translation>schema.json wird so neu geschrieben, wie json.dumps(indent=2) es schreibt (%1 Bytes, vorher %2)</translation>
    </message>
    <message>
        <source>every member is written deflated</source>
        <translation>jeder Eintrag wird deflate-komprimiert geschrieben</translation>
    </message>
    <message>
        <source>every member is written stored (uncompressed)</source>
        <translation>jeder Eintrag wird unkomprimiert gespeichert geschrieben</translation>
    </message>
    <message>
        <source>its member &quot;%1&quot; cannot be read: %2</source>
        <translation>sein Eintrag &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>schema.json is not a JSON object</source>
        <translation>schema.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>schema.json has no &quot;protocol&quot; field</source>
        <translation>schema.json hat kein Feld &quot;protocol&quot;</translation>
    </message>
    <message>
        <source>the &quot;protocol&quot; field is not a number</source>
        <translation>das Feld &quot;protocol&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>protocol %1 is not supported: this version reads protocols 0, 1 and 2</source>
        <translation>Protokoll %1 wird nicht unterstützt: Diese Version liest die Protokolle 0, 1 und 2</translation>
    </message>
    <message>
        <source>the root node</source>
        <translation>der Wurzelknoten</translation>
    </message>
    <message>
        <source>the node at %1</source>
        <translation>der Knoten bei %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; field%3</source>
        <translation>%1 hat kein Feld &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field of %2 is not a JSON object</source>
        <translation>das Feld &quot;%1&quot; von %2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field of %2 is not a list of nodes</source>
        <translation>das Feld &quot;%1&quot; von %2 ist keine Liste von Knoten</translation>
    </message>
    <message>
        <source>the &quot;file&quot; field of %1 is not a string</source>
        <translation>das Feld &quot;file&quot; von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 refers to the archive member &quot;%2&quot;, which does not exist</source>
        <translation>%1 verweist auf den Archiveintrag &quot;%2&quot;, den es nicht gibt</translation>
    </message>
    <message>
        <source>the value at %1 should be a node (a JSON object)</source>
        <translation>der Wert bei %1 sollte ein Knoten sein (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>the &quot;__id__&quot; of %1 is a list or an object, which cannot be an id</source>
        <translation>die &quot;__id__&quot; von %1 ist eine Liste oder ein Objekt, was keine ID sein kann</translation>
    </message>
    <message>
        <source>the &quot;__loader__&quot; of %1 is not a string</source>
        <translation>der &quot;__loader__&quot; von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 names the loader &quot;%2&quot;, which skops does not have (type %3.%4, protocol %5)</source>
        <translation>%1 nennt den Loader &quot;%2&quot;, den skops nicht hat (Typ %3.%4, Protokoll %5)</translation>
    </message>
    <message>
        <source>the &quot;__module__&quot; and &quot;__class__&quot; of %1 must be strings</source>
        <translation>&quot;__module__&quot; und &quot;__class__&quot; von %1 müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>the schema has more than %1 nodes, the limit</source>
        <translation>das Schema hat mehr als %1 Knoten, die Obergrenze</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of the protocol-0 function at %2 is not a string</source>
        <translation>&quot;%1&quot; der Protokoll-0-Funktion bei %2 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the method name (&quot;func&quot;) of %1 is not a string</source>
        <translation>der Methodenname (&quot;func&quot;) von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 has the unknown array type %2 (expected &quot;numpy&quot; or &quot;json&quot;)</source>
        <translation>%1 hat den unbekannten Array-Typ %2 (erwartet &quot;numpy&quot; oder &quot;json&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot load object of type %2 (its &quot;type&quot; is not &quot;scipy&quot;)</source>
        <translation>%1: Objekt vom Typ %2 kann nicht geladen werden (sein &quot;type&quot; ist nicht &quot;scipy&quot;)</translation>
    </message>
    <message>
        <source>Unsupported array type &apos;%1&apos;: %2</source>
        <translation>Nicht unterstützter Array-Typ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no type code</source>
        <translation>kein Typcode</translation>
    </message>
    <message>
        <source>The array has dtype &apos;%1&apos; (Python objects). Object arrays hold pickled data and are never loaded.</source>
        <translation>Das Array hat den dtype &apos;%1&apos; (Python-Objekte). Objekt-Arrays enthalten gepickelte Daten und werden nie geladen.</translation>
    </message>
    <message>
        <source>unknown type code &apos;%1&apos;</source>
        <translation>unbekannter Typcode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dates and durations must be 8 bytes</source>
        <translation>Zeitpunkte und Zeitspannen müssen 8 Bytes groß sein</translation>
    </message>
    <message>
        <source>malformed time unit</source>
        <translation>fehlerhafte Zeiteinheit</translation>
    </message>
    <message>
        <source>invalid time unit multiplier</source>
        <translation>ungültiger Faktor der Zeiteinheit</translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos;</source>
        <translation>unbekannte Zeiteinheit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid size</source>
        <translation>ungültige Größe</translation>
    </message>
    <message>
        <source>no such size for this type</source>
        <translation>diese Größe gibt es für diesen Typ nicht</translation>
    </message>
    <message>
        <source>A structured dtype entry has no format.</source>
        <translation>Ein Eintrag eines strukturierten dtype hat kein Format.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; has a negative sub-array dimension.</source>
        <translation>Feld &apos;%1&apos; hat eine negative Dimension des Teilarrays.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is too large.</source>
        <translation>Feld &apos;%1&apos; ist zu groß.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is a sub-array of %2 zero-byte elements.</source>
        <translation>Feld &apos;%1&apos; ist ein Teilarray aus %2 Elementen mit null Bytes.</translation>
    </message>
    <message>
        <source>The structured dtype is too large.</source>
        <translation>Der strukturierte dtype ist zu groß.</translation>
    </message>
    <message>
        <source>A structured dtype has an unnamed field that is not padding.</source>
        <translation>Ein strukturierter dtype hat ein unbenanntes Feld, das keine Auffüllung ist.</translation>
    </message>
    <message>
        <source>The field name or title &apos;%1&apos; occurs more than once.</source>
        <translation>Der Feldname oder Titel &apos;%1&apos; kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>Invalid .npy header: %1</source>
        <translation>Ungültiger .npy-Header: %1</translation>
    </message>
    <message>
        <source>unexpected text after the dictionary</source>
        <translation>unerwarteter Text nach dem Dictionary</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unexpected end of the header</source>
        <translation>unerwartetes Ende des Headers</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a dictionary is only allowed as the whole header</source>
        <translation>ein Dictionary ist nur als ganzer Header erlaubt</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; oder &apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>line break inside a string</source>
        <translation>Zeilenumbruch in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>truncated escape sequence</source>
        <translation>abgeschnittene Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>escape beyond U+10FFFF</source>
        <translation>Escape-Sequenz jenseits von U+10FFFF</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>a number with leading zeros</source>
        <translation>eine Zahl mit führenden Nullen</translation>
    </message>
    <message>
        <source>only whole numbers are allowed</source>
        <translation>nur ganze Zahlen sind erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a header</source>
        <translation>&apos;%1&apos; ist in einem Header nicht erlaubt</translation>
    </message>
    <message>
        <source>a number beyond 64 bits</source>
        <translation>eine Zahl jenseits von 64 Bit</translation>
    </message>
    <message>
        <source>a tuple</source>
        <translation>ein Tupel</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a dictionary</source>
        <translation>ein Dictionary</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 instead of a tuple</source>
        <translation>%1 ist ungültig: %2 statt eines Tupels</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions; at most %3 are allowed</source>
        <translation>%1 hat %2 Dimensionen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is not valid: %2 is not a whole number</source>
        <translation>%1 ist ungültig: %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 has a negative dimension</source>
        <translation>%1 hat eine negative Dimension</translation>
    </message>
    <message>
        <source>%1 has a dimension beyond 64 bits</source>
        <translation>%1 hat eine Dimension jenseits von 64 Bit</translation>
    </message>
    <message>
        <source>a structured descr entry must be a tuple (name, format) or (name, format, shape), not %1</source>
        <translation>ein strukturierter descr-Eintrag muss ein Tupel (name, format) oder (name, format, shape) sein, nicht %1</translation>
    </message>
    <message>
        <source>a field name must be a string or a (title, name) pair, not %1</source>
        <translation>ein Feldname muss eine Zeichenkette oder ein Paar (title, name) sein, nicht %1</translation>
    </message>
    <message>
        <source>the shape of field &apos;%1&apos;</source>
        <translation>die Form von Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>descr must be a type string or a list of fields, not %1</source>
        <translation>descr muss eine Typzeichenkette oder eine Liste von Feldern sein, nicht %1</translation>
    </message>
    <message>
        <source>The member is a ZIP archive where an .npy array was expected.</source>
        <translation>Der Eintrag ist ein ZIP-Archiv, wo ein .npy-Array erwartet wurde.</translation>
    </message>
    <message>
        <source>The member is not an .npy array: it does not start with the magic bytes \x93NUMPY.</source>
        <translation>Der Eintrag ist kein .npy-Array: Er beginnt nicht mit den magischen Bytes \x93NUMPY.</translation>
    </message>
    <message>
        <source>the preamble is truncated (%1 bytes)</source>
        <translation>die Präambel ist abgeschnitten (%1 Bytes)</translation>
    </message>
    <message>
        <source>unsupported format version %1.%2</source>
        <translation>nicht unterstützte Formatversion %1.%2</translation>
    </message>
    <message>
        <source>the header is %1 bytes long; the limit is %2 bytes</source>
        <translation>der Header ist %1 Bytes lang; die Obergrenze ist %2 Bytes</translation>
    </message>
    <message>
        <source>the header claims %1 bytes but only %2 follow the preamble</source>
        <translation>der Header gibt %1 Bytes an, aber nur %2 folgen auf die Präambel</translation>
    </message>
    <message>
        <source>the version 3 header is not valid UTF-8</source>
        <translation>der Header der Version 3 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the header is not a dictionary</source>
        <translation>der Header ist kein Dictionary</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation>unerwarteter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>der Schlüssel &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the keys descr, fortran_order and shape are required</source>
        <translation>die Schlüssel descr, fortran_order und shape sind erforderlich</translation>
    </message>
    <message>
        <source>fortran_order must be True or False, not %1</source>
        <translation>fortran_order muss True oder False sein, nicht %1</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <source>the shape %1 holds more than 2^63 elements</source>
        <translation>die Form %1 umfasst mehr als 2^63 Elemente</translation>
    </message>
    <message>
        <source>The array has %1 elements (shape %2), more than the limit of %3.</source>
        <translation>Das Array hat %1 Elemente (Form %2), mehr als die Obergrenze von %3.</translation>
    </message>
    <message>
        <source>the shape %1 of &apos;%2&apos; needs more than 2^63 bytes</source>
        <translation>die Form %1 von &apos;%2&apos; braucht mehr als 2^63 Bytes</translation>
    </message>
    <message>
        <source>The array data is truncated: shape %1 of &apos;%2&apos; needs %3 bytes, but only %4 are present.</source>
        <translation>Die Array-Daten sind abgeschnitten: Form %1 von &apos;%2&apos; braucht %3 Bytes, aber nur %4 sind vorhanden.</translation>
    </message>
    <message>
        <source>… (%1 more characters not shown; the limit is %2)</source>
        <translation>… (%1 weitere Zeichen nicht angezeigt; die Obergrenze ist %2)</translation>
    </message>
    <message>
        <source>the rewritten schema.json would have more than %1 bytes, the limit</source>
        <translation>das neu geschriebene schema.json hätte mehr als %1 Bytes, die Obergrenze</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>a defaults table must be a JSON object</source>
        <translation>eine Tabelle der Standardwerte muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a defaults table needs &quot;sklearn_version&quot; and an &quot;estimators&quot; object</source>
        <translation>eine Tabelle der Standardwerte braucht &quot;sklearn_version&quot; und ein Objekt &quot;estimators&quot;</translation>
    </message>
    <message>
        <source>cannot read the defaults table %1: %2</source>
        <translation>die Tabelle der Standardwerte %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the archive has no schema.json, so it is not a .skops file</source>
        <translation>das Archiv hat kein schema.json, also ist es keine .skops-Datei</translation>
    </message>
    <message>
        <source>the archive member &quot;%1&quot; does not exist</source>
        <translation>den Archiveintrag &quot;%1&quot; gibt es nicht</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>hashing was cancelled</source>
        <translation>die Hash-Berechnung wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot be read to the end</source>
        <translation>kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>The sparse matrix %1 is not a valid .npz archive: %2</source>
        <translation>Die dünn besetzte Matrix %1 ist kein gültiges .npz-Archiv: %2</translation>
    </message>
    <message>
        <source>The sparse matrix %1 has %2 members, more than the limit of %3.</source>
        <translation>Die dünn besetzte Matrix %1 hat %2 Einträge, mehr als die Obergrenze von %3.</translation>
    </message>
    <message>
        <source>The sparse matrix %1 inflates to %2 bytes, more than the limit of %3 for one view.</source>
        <translation>Die dünn besetzte Matrix %1 entpackt sich auf %2 Bytes, mehr als die Obergrenze von %3 für eine Ansicht.</translation>
    </message>
    <message>
        <source>The sparse matrix %1 holds &quot;%2&quot;, which is not an .npy array.</source>
        <translation>Die dünn besetzte Matrix %1 enthält &quot;%2&quot;, das kein .npy-Array ist.</translation>
    </message>
    <message>
        <source>In the sparse matrix %1: %2</source>
        <translation>In der dünn besetzten Matrix %1: %2</translation>
    </message>
    <message>
        <source>In the sparse matrix %1, member &quot;%2&quot;: %3</source>
        <translation>In der dünn besetzten Matrix %1, Eintrag &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The sparse matrix %1 is invalid: %2</source>
        <translation>Die dünn besetzte Matrix %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>it has no %1.npy</source>
        <translation>sie hat kein %1.npy</translation>
    </message>
    <message>
        <source>format.npy must hold one string</source>
        <translation>format.npy muss genau eine Zeichenkette enthalten</translation>
    </message>
    <message>
        <source>unknown sparse format &apos;%1&apos; (expected csr, csc, bsr, dia or coo)</source>
        <translation>unbekanntes Format für dünn besetzte Matrizen &apos;%1&apos; (erwartet csr, csc, bsr, dia oder coo)</translation>
    </message>
    <message>
        <source>shape.npy must hold two integers</source>
        <translation>shape.npy muss zwei Ganzzahlen enthalten</translation>
    </message>
    <message>
        <source>the shape (%1, %2) has a negative dimension</source>
        <translation>die Form (%1, %2) hat eine negative Dimension</translation>
    </message>
    <message>
        <source>data.npy has the non-numeric type &apos;%1&apos;</source>
        <translation>data.npy hat den nicht numerischen Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a %1 matrix needs %2.npy</source>
        <translation>eine %1-Matrix braucht %2.npy</translation>
    </message>
    <message>
        <source>%1.npy must be a 1-d integer array</source>
        <translation>%1.npy muss ein eindimensionales Ganzzahl-Array sein</translation>
    </message>
    <message>
        <source>data.npy must be 1-d</source>
        <translation>data.npy muss eindimensional sein</translation>
    </message>
    <message>
        <source>data.npy of a bsr matrix must be 3-d (blocks, R, C)</source>
        <translation>data.npy einer bsr-Matrix muss dreidimensional sein (Blöcke, R, C)</translation>
    </message>
    <message>
        <source>the block size is too large</source>
        <translation>die Blockgröße ist zu groß</translation>
    </message>
    <message>
        <source>the shape (%1, %2) is not a multiple of the block size (%3, %4)</source>
        <translation>die Form (%1, %2) ist kein Vielfaches der Blockgröße (%3, %4)</translation>
    </message>
    <message>
        <source>row, col and data must be 1-d and of the same length (%1, %2, %3)</source>
        <translation>row, col und data müssen eindimensional und gleich lang sein (%1, %2, %3)</translation>
    </message>
    <message>
        <source>entry %1 at (%2, %3) lies outside the shape (%4, %5)</source>
        <translation>Eintrag %1 bei (%2, %3) liegt außerhalb der Form (%4, %5)</translation>
    </message>
    <message>
        <source>data.npy of a dia matrix must be 2-d</source>
        <translation>data.npy einer dia-Matrix muss zweidimensional sein</translation>
    </message>
    <message>
        <source>the number of diagonals (%1) does not match the number of offsets (%2)</source>
        <translation>die Anzahl der Diagonalen (%1) passt nicht zur Anzahl der Versätze (%2)</translation>
    </message>
    <message>
        <source>the offset %1 appears more than once</source>
        <translation>der Versatz %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>the diagonal offsets are out of range</source>
        <translation>die Versätze der Diagonalen liegen außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>indptr has %1 entries; it needs %2</source>
        <translation>indptr hat %1 Einträge; nötig sind %2</translation>
    </message>
    <message>
        <source>indptr must start with 0</source>
        <translation>indptr muss mit 0 beginnen</translation>
    </message>
    <message>
        <source>indices and data differ in length (%1, %2)</source>
        <translation>indices und data sind unterschiedlich lang (%1, %2)</translation>
    </message>
    <message>
        <source>indptr decreases at entry %1</source>
        <translation>indptr fällt bei Eintrag %1</translation>
    </message>
    <message>
        <source>the last indptr value (%1) exceeds the %2 stored entries</source>
        <translation>der letzte indptr-Wert (%1) übersteigt die %2 gespeicherten Einträge</translation>
    </message>
    <message>
        <source>index %1 at entry %2 is outside 0..%3</source>
        <translation>Index %1 bei Eintrag %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains whitespace or invisible characters</source>
        <translation>&quot;%1&quot; enthält Leerraum oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a prefix rule has one * only, at its end</source>
        <translation>&quot;%1&quot;: eine Präfixregel hat nur ein *, an ihrem Ende</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a prefix rule is a dotted module path followed by .*, like mycompany.models.*</source>
        <translation>&quot;%1&quot;: eine Präfixregel ist ein Modulpfad mit Punkten, gefolgt von .*, etwa mycompany.models.*</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: * is only allowed as the .* ending of a prefix rule</source>
        <translation>&quot;%1&quot;: * ist nur als Endung .* einer Präfixregel erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type name of the form module.name</source>
        <translation>&quot;%1&quot; ist kein Typname der Form modul.name</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a trust policy is a JSON object with a &quot;trusted&quot; array</source>
        <translation>eine Vertrauensrichtlinie ist ein JSON-Objekt mit einem Array &quot;trusted&quot;</translation>
    </message>
    <message>
        <source>entry %1 of &quot;trusted&quot;</source>
        <translation>Eintrag %1 von &quot;trusted&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot; string</source>
        <translation>%1 hat keine Zeichenkette &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;note&quot; is not a string</source>
        <translation>%1: &quot;note&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: &quot;added&quot; is not a date like 2025-03-01</source>
        <translation>%1: &quot;added&quot; ist kein Datum wie 2025-03-01</translation>
    </message>
    <message>
        <source>%1 is neither a name nor an object with a &quot;name&quot;</source>
        <translation>%1 ist weder ein Name noch ein Objekt mit &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a trust policy</source>
        <translation>%1: %2 Bytes sind zu groß für eine Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>unknown allow-list profile &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Profil einer Positivliste &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>built-in profile %1 is missing</source>
        <translation>das eingebaute Profil %1 fehlt</translation>
    </message>
    <message>
        <source>scikit-learn %1, numpy %2, scipy %3</source>
        <translation>scikit-learn %1, numpy %2, scipy %3</translation>
    </message>
    <message>
        <source>built-in profile %1 is damaged: %2</source>
        <translation>das eingebaute Profil %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>class instantiated</source>
        <translation>Klasse instanziiert</translation>
    </message>
    <message>
        <source>function referenced</source>
        <translation>Funktion referenziert</translation>
    </message>
    <message>
        <source>bound method</source>
        <translation>gebundene Methode</translation>
    </message>
    <message>
        <source>operator function</source>
        <translation>operator-Funktion</translation>
    </message>
    <message>
        <source>type referenced</source>
        <translation>Typ referenziert</translation>
    </message>
    <message>
        <source>container subclass</source>
        <translation>Unterklasse eines Containers</translation>
    </message>
    <message>
        <source>Loading imports this class&apos;s module and creates an instance from the stored state; code in that module and class runs.</source>
        <translation>Das Laden importiert das Modul dieser Klasse und erzeugt eine Instanz aus dem gespeicherten Zustand; Code in diesem Modul und dieser Klasse wird ausgeführt.</translation>
    </message>
    <message>
        <source>Loading imports this function&apos;s module and keeps a reference that the model calls later with its own arguments.</source>
        <translation>Das Laden importiert das Modul dieser Funktion und behält eine Referenz, die das Modell später mit eigenen Argumenten aufruft.</translation>
    </message>
    <message>
        <source>Loading builds the object and takes this method from it; the model calls the method later.</source>
        <translation>Das Laden baut das Objekt und nimmt diese Methode daraus; das Modell ruft die Methode später auf.</translation>
    </message>
    <message>
        <source>Loading calls this operator function with stored arguments; attrgetter and methodcaller then reach any attribute or method by name.</source>
        <translation>Das Laden ruft diese operator-Funktion mit gespeicherten Argumenten auf; attrgetter und methodcaller erreichen damit jedes Attribut und jede Methode über den Namen.</translation>
    </message>
    <message>
        <source>Loading imports this type or builtin and hands it to the model as a value; a builtin such as eval or getattr is as dangerous as calling it.</source>
        <translation>Das Laden importiert diesen Typ oder dieses Builtin und übergibt es dem Modell als Wert; ein Builtin wie eval oder getattr ist so gefährlich, als würde es aufgerufen.</translation>
    </message>
    <message>
        <source>Loading creates this subclass of a built-in container and fills it; its methods run whenever the container is used.</source>
        <translation>Das Laden erzeugt diese Unterklasse eines eingebauten Containers und füllt sie; ihre Methoden laufen, sobald der Container benutzt wird.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is empty, not a .skops (ZIP) archive</source>
        <translation>die Datei ist leer, kein .skops-Archiv (ZIP)</translation>
    </message>
    <message>
        <source>%1 is empty, not a ZIP archive</source>
        <translation>%1 ist leer, kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or truncated</source>
        <translation>das ZIP-Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>not a .skops file: it is not a ZIP archive</source>
        <translation>keine .skops-Datei: Sie ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the ZIP central directory is damaged</source>
        <translation>das zentrale Verzeichnis des ZIP-Archivs ist beschädigt</translation>
    </message>
    <message>
        <source>the archive has %1 members, more than the limit of %2</source>
        <translation>das Archiv hat %1 Einträge, mehr als die Obergrenze von %2</translation>
    </message>
    <message>
        <source>a ZIP directory entry cannot be read</source>
        <translation>ein Verzeichniseintrag des ZIP-Archivs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>has a damaged ZIP64 field</source>
        <translation>hat ein beschädigtes ZIP64-Feld</translation>
    </message>
    <message>
        <source>the archive member name &quot;%1&quot; points outside the archive (absolute path or &quot;..&quot;)</source>
        <translation>der Name des Archiveintrags &quot;%1&quot; zeigt aus dem Archiv hinaus (absoluter Pfad oder &quot;..&quot;)</translation>
    </message>
    <message>
        <source>declares more compressed bytes than the archive holds</source>
        <translation>gibt mehr komprimierte Bytes an, als das Archiv enthält</translation>
    </message>
    <message>
        <source>starts past the end of the archive</source>
        <translation>beginnt hinter dem Ende des Archivs</translation>
    </message>
    <message>
        <source>declares %1 bytes, more than the limit of %2</source>
        <translation>gibt %1 Bytes an, mehr als die Obergrenze von %2</translation>
    </message>
    <message>
        <source>is stored uncompressed but declares two different sizes</source>
        <translation>ist unkomprimiert gespeichert, gibt aber zwei verschiedene Größen an</translation>
    </message>
    <message>
        <source>declares %1 bytes from %2 compressed bytes, a ratio no real compressor produces (a zip bomb?)</source>
        <translation>gibt %1 Bytes aus %2 komprimierten Bytes an, ein Verhältnis, das kein echtes Kompressionsprogramm erzeugt (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>archive member &quot;%1&quot; %2</source>
        <translation>Archiveintrag &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>has a damaged local header</source>
        <translation>hat einen beschädigten lokalen Header</translation>
    </message>
    <message>
        <source>extends past the end of the archive</source>
        <translation>reicht über das Ende des Archivs hinaus</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>ist verschlüsselt</translation>
    </message>
    <message>
        <source>is damaged: its CRC-32 does not match</source>
        <translation>ist beschädigt: seine CRC-32 stimmt nicht</translation>
    </message>
    <message>
        <source>needs %1 bytes when inflated, more than the limit of %2 for one read</source>
        <translation>braucht entpackt %1 Bytes, mehr als die Obergrenze von %2 für einen Lesevorgang</translation>
    </message>
    <message>
        <source>uses compression method %1; only stored and deflated members can be read</source>
        <translation>verwendet das Kompressionsverfahren %1; nur unkomprimierte und deflate-komprimierte Einträge können gelesen werden</translation>
    </message>
    <message>
        <source>is damaged: its compressed data cannot be inflated</source>
        <translation>ist beschädigt: seine komprimierten Daten können nicht entpackt werden</translation>
    </message>
    <message>
        <source>inflates to more bytes than it declares</source>
        <translation>entpackt sich auf mehr Bytes, als er angibt</translation>
    </message>
    <message>
        <source>inflates to %1 bytes but declares %2</source>
        <translation>entpackt sich auf %1 Bytes, gibt aber %2 an</translation>
    </message>
    <message>
        <source>it holds control or text-direction characters</source>
        <translation>er enthält Steuer- oder Textrichtungszeichen</translation>
    </message>
    <message>
        <source>it holds backslashes, which some tools read as folder separators</source>
        <translation>er enthält umgekehrte Schrägstriche, die manche Werkzeuge als Ordnertrenner lesen</translation>
    </message>
    <message>
        <source>it has an empty or &quot;.&quot; path segment</source>
        <translation>er hat einen leeren Pfadabschnitt oder einen Abschnitt &quot;.&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n more %1 warning(s) not listed</source>
        <translation>
            <numerusform>%n weitere Warnung %1 nicht aufgeführt</numerusform>
            <numerusform>%n weitere Warnungen %1 nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive holds %1 entries named &quot;%2&quot;; Python&apos;s zipfile, and so skops, reads only the last one, so the others are hidden from it</source>
        <translation>das Archiv enthält %1 Einträge namens &quot;%2&quot;; Pythons zipfile und damit skops liest nur den letzten, die anderen bleiben ihm also verborgen</translation>
    </message>
    <message>
        <source>the member name &quot;%1&quot; is unusual: %2</source>
        <translation>der Name des Archiveintrags &quot;%1&quot; ist ungewöhnlich: %2</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is read by %2 nodes with different __id__ values; skops writes one member per array and keeps one copy in memory for each node reading it</source>
        <translation>der Archiveintrag &quot;%1&quot; wird von %2 Knoten mit verschiedenen __id__-Werten gelesen; skops schreibt einen Eintrag je Array und hält für jeden lesenden Knoten eine Kopie im Speicher</translation>
    </message>
    <message>
        <source>the state at %1 repeats the __id__ of its ancestor at %2: skops builds and audits the tree, but visualize and load recurse until they fail</source>
        <translation>der Zustand bei %1 wiederholt die __id__ seines Vorfahren bei %2: skops baut und prüft den Baum, aber visualize und load rekurrieren, bis sie scheitern</translation>
    </message>
    <message>
        <source>the state at %1 reuses the __id__ of the node at %2 but holds other content; skops uses the first node and never audits or loads this content</source>
        <translation>der Zustand bei %1 verwendet die __id__ des Knotens bei %2 erneut, enthält aber anderen Inhalt; skops verwendet den ersten Knoten und prüft oder lädt diesen Inhalt nie</translation>
    </message>
    <message>
        <source>the type name %1 holds non-ASCII characters, which can imitate another name (look-alike letters)</source>
        <translation>der Typname %1 enthält Nicht-ASCII-Zeichen, die einen anderen Namen nachahmen können (ähnlich aussehende Buchstaben)</translation>
    </message>
    <message>
        <source>the OperatorFuncNode claims %1, but skops calls operator.%2 whatever the module says; skops 0.12 and later refuse to load this file</source>
        <translation>der OperatorFuncNode gibt %1 an, aber skops ruft operator.%2 auf, was immer das Modul sagt; skops ab 0.12 verweigert das Laden dieser Datei</translation>
    </message>
    <message>
        <source>this %1 claims to be a scikit-learn loss, but %2 is none of the loss classes skops allows; loading would call %2 with the stored arguments</source>
        <translation>dieser %1 gibt vor, eine Verlustfunktion von scikit-learn zu sein, aber %2 ist keine der Verlustklassen, die skops zulässt; das Laden würde %2 mit den gespeicherten Argumenten aufrufen</translation>
    </message>
    <message>
        <source>this CachedNode refers to an __id__ no earlier node has: skops builds and audits it, but loading fails here</source>
        <translation>dieser CachedNode verweist auf eine __id__, die kein früherer Knoten hat: skops baut und prüft ihn, aber das Laden scheitert hier</translation>
    </message>
    <message>
        <source>a value without a type name</source>
        <translation>ein Wert ohne Typnamen</translation>
    </message>
    <message>
        <source>the MethodNode claims %1, but its object is %2, whose method loading would look up; skops 0.12 and later refuse to load this file</source>
        <translation>der MethodNode gibt %1 an, aber sein Objekt ist %2, dessen Methode das Laden nachschlagen würde; skops ab 0.12 verweigert das Laden dieser Datei</translation>
    </message>
    <message>
        <source>this %1 claims %2, but skops always constructs %3 from it</source>
        <translation>dieser %1 gibt %2 an, aber skops konstruiert daraus immer %3</translation>
    </message>
    <message>
        <source>a non-text name</source>
        <translation>ein Name, der kein Text ist</translation>
    </message>
    <message>
        <source>this %1 is labelled %2 (skops writes %3); skops ignores the label, never audits it and builds the value from the stored data</source>
        <translation>dieser %1 ist als %2 bezeichnet (skops schreibt %3); skops ignoriert die Bezeichnung, prüft sie nie und baut den Wert aus den gespeicherten Daten</translation>
    </message>
    <message>
        <source>node_count is %1 but the nodes array has %2 entries</source>
        <translation>node_count ist %1, aber das Array nodes hat %2 Einträge</translation>
    </message>
    <message>
        <source>the values array has %1 rows but the nodes array has %2 entries</source>
        <translation>das Array values hat %1 Zeilen, aber das Array nodes hat %2 Einträge</translation>
    </message>
    <message>
        <source>tree node %1 has the children %2 and %3; a child must come after its node and be below the node count %4 (or both be -1 for a leaf)</source>
        <translation>der Baumknoten %1 hat die Kinder %2 und %3; ein Kind muss nach seinem Knoten kommen und kleiner als die Knotenzahl %4 sein (oder beide -1 für ein Blatt)</translation>
    </message>
    <message>
        <source>tree node %1 splits on feature %2, which is not below %3 = %4</source>
        <translation>der Baumknoten %1 teilt nach Merkmal %2, das nicht kleiner als %3 = %4 ist</translation>
    </message>
    <message>
        <source>classes_ has %1 entries, so coef_ should have %2 row(s)</source>
        <translation>classes_ hat %1 Einträge, also sollte coef_ %2 Zeile(n) haben</translation>
    </message>
    <message>
        <source>n_features_in_ is %1</source>
        <translation>n_features_in_ ist %1</translation>
    </message>
    <message>
        <source>coef_ of %1 has the shape %2, but %3</source>
        <translation>coef_ von %1 hat die Form %2, aber %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds control or text-direction characters that a terminal or text view would act on; they are shown escaped</source>
        <translation>%1 &quot;%2&quot; enthält Steuer- oder Textrichtungszeichen, auf die ein Terminal oder eine Textansicht reagieren würde; sie werden maskiert angezeigt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; looks like rich markup, which skops&apos; visualize renders instead of showing</source>
        <translation>%1 &quot;%2&quot; sieht wie Rich-Markup aus, das visualize von skops darstellt, statt es zu zeigen</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the decoded string</source>
        <translation>die dekodierte Zeichenkette</translation>
    </message>
    <message>
        <source>the node state at %1, which skops never builds, names the member &quot;%2&quot;, which the archive does not have</source>
        <translation>der Knotenzustand bei %1, den skops nie baut, nennt den Archiveintrag &quot;%2&quot;, den das Archiv nicht hat</translation>
    </message>
    <message>
        <source>no node of schema.json names the member &quot;%1&quot; (%2 bytes): a possible hidden payload</source>
        <translation>kein Knoten von schema.json nennt den Archiveintrag &quot;%1&quot; (%2 Bytes): möglicherweise eine versteckte Nutzlast</translation>
    </message>
    <message>
        <source>schema.json holds too much text</source>
        <translation>schema.json enthält zu viel Text</translation>
    </message>
    <message>
        <source>by_loader, inherited_trust or metadata is missing</source>
        <translation>by_loader, inherited_trust oder metadata fehlt</translation>
    </message>
    <message>
        <source>a trusted list holds something other than names</source>
        <translation>eine Liste vertrauenswürdiger Namen enthält etwas anderes als Namen</translation>
    </message>
    <message>
        <source>inherited_trust lacks its TreeNode or LossNode names</source>
        <translation>inherited_trust fehlen die Namen für TreeNode oder LossNode</translation>
    </message>
    <message>
        <source>metadata lacks a library version</source>
        <translation>metadata fehlt eine Bibliotheksversion</translation>
    </message>
    <message>
        <source>this SparseMatrixNode is labelled %1, but its .npz member holds a %2: skops audits the label, and scipy builds scipy.sparse.%2 from the member</source>
        <translation>dieser SparseMatrixNode ist als %1 bezeichnet, sein .npz-Member enthält aber eine %2: skops prüft die Bezeichnung, scipy baut daraus scipy.sparse.%2</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): lone high surrogate %3</source>
        <translation>schema.json ist kein gültiges %1 (Byte %2): einzelnes hohes Surrogat %3</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): lone low surrogate %3</source>
        <translation>schema.json ist kein gültiges %1 (Byte %2): einzelnes tiefes Surrogat %3</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): truncated data, its length is not a multiple of %3 bytes</source>
        <translation>schema.json ist kein gültiges %1 (Byte %2): abgeschnittene Daten, die Länge ist kein Vielfaches von %3 Bytes</translation>
    </message>
    <message>
        <source>schema.json is not valid %1 (byte %2): %3 is not a code point, the last one is U+10FFFF</source>
        <translation>schema.json ist kein gültiges %1 (Byte %2): %3 ist kein Codepunkt, der letzte ist U+10FFFF</translation>
    </message>
    <message>
        <source>schema.json takes more than %1 bytes once decoded from %2 to UTF-8, the limit</source>
        <translation>schema.json braucht nach der Umwandlung von %2 in UTF-8 mehr als %1 Bytes, die Obergrenze</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation>dies ist keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>%1 with a byte order mark</source>
        <translation>%1 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>schema.json is stored as %1; skops.io.dump writes UTF-8 without a byte order mark, so another program wrote this file (skops reads it all the same)</source>
        <translation>schema.json ist als %1 gespeichert; skops.io.dump schreibt UTF-8 ohne Byte-Order-Mark, diese Datei hat also ein anderes Programm geschrieben (skops liest sie trotzdem)</translation>
    </message>
</context>
<context>
    <name>skops::ArrayTableModel</name>
    <message>
        <source>(masked)</source>
        <translation>(maskiert)</translation>
    </message>
</context>
<context>
    <name>skops::AttributeTableModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
</context>
<context>
    <name>skops::EstimatorDiagramView</name>
    <message>
        <source>Estimator diagram</source>
        <translation>Estimator-Diagramm</translation>
    </message>
    <message>
        <source>The estimators of the file, nested as in scikit-learn&apos;s diagram. Arrow keys move between boxes, Enter selects the box in the tree.</source>
        <translation>Die Estimatoren der Datei, verschachtelt wie im Diagramm von scikit-learn. Pfeiltasten wechseln zwischen Kästen, die Eingabetaste wählt den Kasten im Baum aus.</translation>
    </message>
    <message>
        <source>No estimators in this file.</source>
        <translation>Keine Estimatoren in dieser Datei.</translation>
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
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>same object as above</source>
        <translation>dasselbe Objekt wie oben</translation>
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
        <translation>%1 Estimatoren in der Liste %2, als ein Kasten gezeichnet</translation>
    </message>
    <message>
        <source>Passes its input through unchanged</source>
        <translation>Reicht seine Eingabe unverändert durch</translation>
    </message>
    <message>
        <source>Drops its input</source>
        <translation>Verwirft seine Eingabe</translation>
    </message>
    <message>
        <source>Named estimators of the parameter %1</source>
        <translation>Benannte Estimatoren des Parameters %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>The same object as a box above; its contents are drawn there.</source>
        <translation>Dasselbe Objekt wie ein Kasten weiter oben; sein Inhalt ist dort gezeichnet.</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Trusted type, with untrusted content inside</source>
        <translation>Vertrauenswürdiger Typ mit nicht vertrauenswürdigem Inhalt</translation>
    </message>
    <message>
        <source>Untrusted type</source>
        <translation>Nicht vertrauenswürdiger Typ</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Von Ihnen freigegeben</translation>
    </message>
</context>
<context>
    <name>skops::ParameterTableModel</name>
    <message>
        <source>(refers back to an enclosing object)</source>
        <translation>(verweist zurück auf ein umgebendes Objekt)</translation>
    </message>
    <message>
        <source>Set on export; the file holds %1</source>
        <translation>Beim Export gesetzt; die Datei enthält %1</translation>
    </message>
    <message>
        <source>Replaced with None on export; the file holds %1</source>
        <translation>Beim Export durch None ersetzt; die Datei enthält %1</translation>
    </message>
    <message>
        <source>removed on export</source>
        <translation>wird beim Export entfernt</translation>
    </message>
    <message>
        <source>replaced with None on export, with the object holding it</source>
        <translation>beim Export durch None ersetzt, zusammen mit dem Objekt, das es enthält</translation>
    </message>
    <message>
        <source>No table of scikit-learn defaults is available.</source>
        <translation>Es ist keine Tabelle der Standardwerte von scikit-learn verfügbar.</translation>
    </message>
    <message>
        <source>Defaults of scikit-learn %1.</source>
        <translation>Standardwerte von scikit-learn %1.</translation>
    </message>
    <message>
        <source>scikit-learn %1 has no defaults for %2.</source>
        <translation>scikit-learn %1 hat keine Standardwerte für %2.</translation>
    </message>
    <message>
        <source>The model stores no scikit-learn version.</source>
        <translation>Das Modell speichert keine scikit-learn-Version.</translation>
    </message>
    <message>
        <source>The model was saved with scikit-learn %1, whose defaults may differ.</source>
        <translation>Das Modell wurde mit scikit-learn %1 gespeichert, dessen Standardwerte abweichen können.</translation>
    </message>
    <message>
        <source>Names are for set_params of %1 at %2.</source>
        <translation>Die Namen gelten für set_params von %1 bei %2.</translation>
    </message>
    <message>
        <source>Same as the default of scikit-learn %1</source>
        <translation>Gleich dem Standardwert von scikit-learn %1</translation>
    </message>
    <message>
        <source>Changed from the default %1 of scikit-learn %2</source>
        <translation>Geändert gegenüber dem Standardwert %1 von scikit-learn %2</translation>
    </message>
    <message>
        <source>Cannot be compared with the default %1</source>
        <translation>Kann nicht mit dem Standardwert %1 verglichen werden</translation>
    </message>
    <message>
        <source>No known default</source>
        <translation>Kein bekannter Standardwert</translation>
    </message>
    <message>
        <source>A required parameter</source>
        <translation>Ein erforderlicher Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>skops::SkopsTreeModel</name>
    <message>
        <source>raw value</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <source>unreadable array</source>
        <translation>nicht lesbares Array</translation>
    </message>
    <message>
        <source>%1 %2×%3, %4 stored</source>
        <translation>%1 %2×%3, %4 gespeichert</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>untrusted inside</source>
        <translation>innen nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>A raw value stored in the schema; skops never checks or imports it.</source>
        <translation>Ein im Schema gespeicherter Rohwert; skops prüft oder importiert ihn nie.</translation>
    </message>
    <message>
        <source>A JSON value: skops always trusts it.</source>
        <translation>Ein JSON-Wert: skops vertraut ihm immer.</translation>
    </message>
    <message>
        <source>%1 is on the %2 allow-list, and so is everything below it.</source>
        <translation>%1 steht auf der Positivliste %2, ebenso alles darunter.</translation>
    </message>
    <message>
        <source>This node is trusted, but something below it is not.</source>
        <translation>Dieser Knoten ist vertrauenswürdig, aber etwas darunter nicht.</translation>
    </message>
    <message>
        <source>Not on the %1 allow-list: %2. skops refuses to load the file unless it is trusted.</source>
        <translation>Nicht auf der Positivliste %1: %2. skops verweigert das Laden der Datei, solange ihm nicht vertraut wird.</translation>
    </message>
    <message>
        <source>Not on the allow-list, approved by you: %1.</source>
        <translation>Nicht auf der Positivliste, von Ihnen freigegeben: %1.</translation>
    </message>
    <message>
        <source> (cycle)</source>
        <translation> (Zyklus)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
</context>
</TS>
