// Writing skops archives: schema.json as CPython writes it, ZIP archives
// that replace their target only when complete, and exports of the whole
// corpus that read back as the same model (compared with the oracles of
// the real skops and with the input's bytes, read through QuaZip).
#include "ArchiveBuilder.h"
#include "ArchiveWriter.h"
#include "Audit.h"
#include "ModelExporter.h"
#include "SchemaWriter.h"
#include "SkopsFile.h"
#include "TestData.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <csignal>
#include <sys/resource.h>

using namespace skops;
using testdata::CorpusFile;
using testdata::toStrings;

Q_DECLARE_METATYPE(CorpusFile)
Q_DECLARE_METATYPE(skops::ExportEdit)

namespace {

struct Entry {
    QString name;
    quint16 method = 0;
    quint16 flags = 0;
    quint32 externalAttr = 0;
    QByteArray bytes;
};

// The archive as QuaZip reads it, independently of the project's reader.
struct Archive {
    bool ok = false;
    QString comment;
    QList<Entry> entries;

    QStringList names() const
    {
        QStringList out;
        for (const Entry &entry : entries)
            out.append(entry.name);
        return out;
    }
    const Entry *find(const QString &name) const
    {
        const Entry *found = nullptr;
        for (const Entry &entry : entries) {
            if (entry.name == name)
                found = &entry;
        }
        return found;
    }
};

Archive readArchive(const QString &path)
{
    Archive archive;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return archive;
    archive.comment = zip.getComment();
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    int i = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++i) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return archive;
        Entry entry;
        entry.name = infos.at(i).name;
        entry.method = infos.at(i).method;
        entry.flags = infos.at(i).flags;
        entry.externalAttr = infos.at(i).externalAttr;
        entry.bytes = file.readAll();
        file.close();
        if (file.getZipError() != UNZ_OK)
            return archive;
        archive.entries.append(entry);
    }
    archive.ok = zip.getZipError() == UNZ_OK;
    return archive;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An archive with a comment, built in the test (ArchiveBuilder has none).
QByteArray archiveWithComment(const QList<testdata::ArchiveEntry> &entries, const QString &comment)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return QByteArray();
    for (const testdata::ArchiveEntry &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)))
            return QByteArray();
        file.write(entry.bytes);
        file.close();
    }
    zip.setComment(comment);
    zip.close();
    return bytes;
}

std::vector<std::string> untrusted(const SkopsFile &file, const QString &profileName)
{
    const auto profile = TrustProfile::builtin(profileName);
    return Audit::run(file.tree(), *profile.value()).untrustedTypes();
}

std::shared_ptr<const SkopsFile> openOrNull(const QString &path)
{
    auto file = SkopsFile::open(path);
    return file.ok() ? file.value() : nullptr;
}

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

CorpusFile corpusFile(const QString &stem)
{
    return testdata::corpusFile(QStringLiteral("corpus"), stem);
}

// Members the oracle lists as referenced by the schema (arrays, sparse
// matrices, bytes), i.e. what a cleaned export must carry.
QSet<QString> oracleReferencedMembers(const nlohmann::json &oracle)
{
    QSet<QString> names;
    for (const char *list : {"arrays", "sparse_matrices", "bytes_members"}) {
        for (const auto &item : oracle[list])
            names.insert(QString::fromStdString(item["file"].get<std::string>()));
    }
    return names;
}

// The JSON value at a pointer of a schema.json text, serialised, or "".
std::string valueAt(const JsonDocument &doc, const QString &pointer)
{
    const auto value = doc.resolve(pointer);
    return value == JsonDocument::npos ? std::string() : doc.serialize(value);
}

} // namespace

class TestWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    Result<ExportReport> exportTo(const QString &input, const QString &output, ExportOptions options = {})
    {
        auto file = SkopsFile::open(input);
        if (!file.ok())
            return file.error();
        return ModelExporter::exportFile(*file.value(), output, options);
    }

    void addCorpusRows()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles())
            QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
    }

private slots:
    // ---- schema.json text -------------------------------------------------

    void schemaTextIsCpythonsForTheCorpus_data() { addCorpusRows(); }
    void schemaTextIsCpythonsForTheCorpus()
    {
        // Every schema.json of the corpus was written by json.dumps(indent=2).
        QFETCH(CorpusFile, file);
        const Archive archive = readArchive(file.path);
        QVERIFY(archive.ok);
        const QByteArray original = archive.find(QStringLiteral("schema.json"))->bytes;
        const auto doc = JsonDocument::parse(original);
        QVERIFY(doc.ok());
        const auto text = SchemaWriter(doc.value()).write(1ull << 30);
        QVERIFY(text.ok());
        QCOMPARE(QByteArray::fromStdString(text.value()), original);
    }

    void schemaTextMatchesJsonDumps_data()
    {
        // Expected texts printed by CPython 3.11: json.dumps(json.loads(input), indent=2).
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("escapes") << QByteArray("{\"a\": \"\\u00e9\\ud83d\\ude00\\u0001\\u007f\\t\\\"\\\\/\\b\\f\\r\\n\", \"\\u00fc\": \"x\"}")
                                 << QByteArray("{\n  \"a\": \"\\u00e9\\ud83d\\ude00\\u0001\\u007f\\t\\\"\\\\/\\b\\f\\r\\n\",\n  \"\\u00fc\": \"x\"\n}");
        QTest::newRow("raw utf-8") << QByteArray("[\"\xc3\xa9\xf0\x9f\x98\x80\"]")
                                   << QByteArray("[\n  \"\\u00e9\\ud83d\\ude00\"\n]");
        QTest::newRow("numbers")
            << QByteArray("[1E5, -0.0, 1e-7, 123456789012345678901234567890, -0, 18446744073709551615, "
                          "9223372036854775807, -9223372036854775808, 0.1, 1e16, 1.5e300, NaN, "
                          "Infinity, -Infinity, 2.5E-3, 100.0]")
            << QByteArray("[\n  100000.0,\n  -0.0,\n  1e-07,\n  123456789012345678901234567890,\n  0,\n  "
                          "18446744073709551615,\n  9223372036854775807,\n  -9223372036854775808,\n  0.1,\n  "
                          "1e+16,\n  1.5e+300,\n  NaN,\n  Infinity,\n  -Infinity,\n  0.0025,\n  "
                          "100.0\n]");
        QTest::newRow("nesting")
            << QByteArray("{\"a\": {}, \"b\": [], \"c\": [[], {}], \"d\": [1, [2, {\"e\": null}]], \"t\": true, "
                          "\"f\": false}")
            << QByteArray("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    [],\n    {}\n  ],\n  \"d\": [\n    1,\n    "
                          "[\n      2,\n      {\n        \"e\": null\n      }\n    ]\n  ],\n  \"t\": true,\n  "
                          "\"f\": false\n}");
        QTest::newRow("duplicate keys") << QByteArray("{\"a\": 1, \"b\": 2, \"a\": 3}")
                                        << QByteArray("{\n  \"a\": 3,\n  \"b\": 2\n}");
        QTest::newRow("scalar") << QByteArray("\"plain\"") << QByteArray("\"plain\"");
    }
    void schemaTextMatchesJsonDumps()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const auto doc = JsonDocument::parse(input);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(QByteArray::fromStdString(SchemaWriter(doc.value()).write(1 << 20).value()), expected);
        QCOMPARE(QByteArray::fromStdString(SchemaWriter::dumps(doc.value(), doc.value().root())), expected);
    }

    void schemaPatches()
    {
        const auto doc = JsonDocument::parse("{\"a\": [1, 2, 3], \"b\": {\"c\": 1}, \"d\": \"x\"}");
        const auto other = JsonDocument::parse("[true]");
        QVERIFY(doc.ok() && other.ok());
        const JsonDocument &d = doc.value();
        SchemaWriter writer(d);
        QVERIFY(!writer.hasPatches());
        writer.remove(d.resolve(QStringLiteral("/a/1")));
        writer.remove(d.resolve(QStringLiteral("/b/c")));
        writer.replace(d.resolve(QStringLiteral("/d")), other.value(), other.value().root());
        writer.append(d.root(), "e", d, d.resolve(QStringLiteral("/a")));
        QVERIFY(writer.hasPatches());
        // The appended copy of /a carries /a's own patch (its element 1 is left out).
        QCOMPARE(writer.write(1 << 20).value(),
                 std::string("{\n  \"a\": [\n    1,\n    3\n  ],\n  \"b\": {},\n  \"d\": [\n    true\n  ],\n"
                             "  \"e\": [\n    1,\n    3\n  ]\n}"));
        const auto tooLong = writer.write(20);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, ErrorCode::SchemaTooLarge);
    }

    // ---- the archive -------------------------------------------------------

    void archiveMembersAreWrittenAsGiven_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::newRow("stored") << false;
        QTest::newRow("deflated") << true;
    }
    void archiveMembersAreWrittenAsGiven()
    {
        QFETCH(bool, deflate);
        const QString path = tempPath(QStringLiteral("written-%1.zip").arg(deflate));
        QByteArray big(3 * (8 << 20) + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) >> 3);
        const QString accented = QStringLiteral("dir/w\u00e9.npy");
        {
            ArchiveWriter writer(path, deflate ? ArchiveWriter::Compression::Deflated
                                               : ArchiveWriter::Compression::Stored);
            QVERIFY(writer.open().ok());
            QVERIFY(writer.add(QStringLiteral("a.npy"), QByteArray("abc")).ok());
            QVERIFY(writer.add(accented, big).ok());
            QVERIFY(writer.add(QStringLiteral("empty.bin"), QByteArray()).ok());
            QVERIFY(!QFile::exists(path)); // nothing in place before the commit
            QVERIFY(writer.commit().ok());
        }
        const Archive archive = readArchive(path);
        QVERIFY(archive.ok);
        QCOMPARE(archive.names(), (QStringList{QStringLiteral("a.npy"), accented, QStringLiteral("empty.bin")}));
        QCOMPARE(archive.entries[0].bytes, QByteArray("abc"));
        QCOMPARE(archive.entries[1].bytes, big);
        QCOMPARE(archive.entries[2].bytes, QByteArray());
        for (const Entry &entry : archive.entries) {
            QCOMPARE(entry.method, quint16(deflate ? 8 : 0));
            // The UTF-8 flag (bit 11) only where CPython sets it; no data descriptor (bit 3).
            QCOMPARE(bool(entry.flags & 0x800), entry.name == accented);
            QCOMPARE(entry.flags & 0x8, 0);
            QCOMPARE(entry.externalAttr, quint32(0600) << 16);
        }
        QVERIFY(archive.comment.isEmpty());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("written-%1.zip*").arg(deflate)}, QDir::Files).size(), 1);
    }

    void zip64OnlyWhereCpythonUsesIt()
    {
        // CPython's writestr: ZIP64 local headers when size * 1.05 > 2**31 - 1.
        QVERIFY(!ArchiveWriter::needsZip64(0));
        QVERIFY(!ArchiveWriter::needsZip64(2045222520));
        QVERIFY(ArchiveWriter::needsZip64(2045222521));
        QVERIFY(ArchiveWriter::needsZip64(qint64(5) << 30));
    }

    void archiveFailuresLeaveNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("inside a regular file") << QStringLiteral("plain-file/out.skops");
        QTest::newRow("missing folder") << QStringLiteral("no-such-folder/out.skops");
        QTest::newRow("a folder") << QStringLiteral("a-folder");
    }
    void archiveFailuresLeaveNothing()
    {
        QFETCH(QString, target);
        QVERIFY(testdata::writeFile(tempPath(QStringLiteral("plain-file")), "not a folder"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder")));
        ArchiveWriter writer(tempPath(target));
        const Status status = writer.open();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::WriteFailed);
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(readFile(tempPath(QStringLiteral("plain-file"))), QByteArray("not a folder"));
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("no-such-folder"))));
        QVERIFY(QDir(tempPath(QStringLiteral("a-folder"))).isEmpty());
    }

    void cancellingKeepsTheOldFile()
    {
        const QString path = tempPath(QStringLiteral("cancel.zip"));
        QVERIFY(testdata::writeFile(path, "old contents"));
        int polls = 0;
        {
            ArchiveWriter writer(path);
            writer.setCancelCheck([&polls] { return ++polls > 2; });
            QVERIFY(writer.open().ok());
            QVERIFY(writer.add(QStringLiteral("one"), QByteArray("1")).ok());
            QVERIFY(writer.add(QStringLiteral("two"), QByteArray("2")).ok());
            const Status status = writer.add(QStringLiteral("three"), QByteArray("3"));
            QCOMPARE(status.error().code, ErrorCode::Cancelled);
            QVERIFY(!writer.commit().ok());
        }
        QCOMPARE(readFile(path), QByteArray("old contents"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancel.zip*")}, QDir::Files),
                 QStringList{QStringLiteral("cancel.zip")});
    }

    void aFullDiskFailsCleanly()
    {
        // RLIMIT_FSIZE makes writes past the limit fail (EFBIG) for root too.
        const QString path = tempPath(QStringLiteral("full.zip"));
        QVERIFY(testdata::writeFile(path, "old contents"));
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        Status status;
        {
            ArchiveWriter writer(path);
            status = writer.open();
            if (status.ok())
                status = writer.add(QStringLiteral("big.bin"), QByteArray(1 << 20, 'x'));
            if (status.ok())
                status = writer.commit();
        }
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::WriteFailed);
        QVERIFY2(status.error().message.contains(QStringLiteral("big.bin"))
                     || status.error().message.contains(QStringLiteral("archive")),
                 qPrintable(status.error().message));
        QCOMPARE(readFile(path), QByteArray("old contents"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full.zip*")}, QDir::Files),
                 QStringList{QStringLiteral("full.zip")});
    }

    // ---- exporting the corpus ------------------------------------------------

    void cleanedExportReadsBackAsTheSameModel_data() { addCorpusRows(); }
    void cleanedExportReadsBackAsTheSameModel()
    {
        QFETCH(CorpusFile, file);
        const nlohmann::json oracle = testdata::oracle(file);
        const QString out = tempPath(file.corpus + QLatin1Char('-') + file.stem + QStringLiteral(".skops"));
        const auto report = exportTo(file.path, out);

        if (file.stem.endsWith(QLatin1String("_numpy_random")) && oracle["protocol"].get<int>() < 2) {
            // A protocol-0/1 Generator has no seed sequence to write (format doc §5.22).
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, ErrorCode::UnsupportedProtocol);
            QVERIFY2(report.error().message.contains(QStringLiteral("/content/generator")),
                     qPrintable(report.error().message));
            QVERIFY(!QFile::exists(out));
            return;
        }
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        QCOMPARE(exported->protocol(), 2);
        QCOMPARE(report.value().outputProtocol, 2);
        QCOMPARE(exported->tree().nodeCount(), oracle["node_count"].get<std::size_t>());
        QCOMPARE(exported->tree().typeName(exported->tree().root()), oracle["root_type"].get<std::string>());

        const bool converted = oracle["protocol"].get<int>() != 2;
        if (file.stem == QLatin1String("protocol0_pipeline_log1p")) {
            // As a protocol-2 FunctionNode, numpy's log1p is a trusted ufunc
            // (real skops, get_untrusted_types of this export: []).
            QCOMPARE(untrusted(*exported, file.profile), std::vector<std::string>());
            QCOMPARE(exported->skopsVersion(), QStringLiteral("0.14"));
        } else {
            QCOMPARE(untrusted(*exported, file.profile), toStrings(oracle["untrusted_types"]));
            const auto profile = TrustProfile::builtin(file.profile);
            const Audit audit = Audit::run(exported->tree(), *profile.value());
            TreePrinter printer(*exported, audit);
            const std::string text = printer.render(ShowFilter::All).toStdString();
            const std::string expected = oracle["visualize"].get<std::string>();
            if (oracle["visualize_error"].is_null())
                QCOMPARE(text, expected);
            else
                QVERIFY(text.starts_with(expected));
            QCOMPARE(exported->skopsVersion().toStdString(),
                     converted ? std::string("0.14") : oracle["skops_version"].get<std::string>());
        }

        const Archive before = readArchive(file.path);
        const Archive after = readArchive(out);
        QVERIFY(before.ok && after.ok);
        const QSet<QString> referenced = oracleReferencedMembers(oracle);
        QStringList expectedNames(referenced.begin(), referenced.end());
        expectedNames.append(QStringLiteral("schema.json"));
        QStringList names = after.names();
        QCOMPARE(names.last(), QStringLiteral("schema.json"));
        names.sort();
        expectedNames.sort();
        QCOMPARE(names, expectedNames);
        for (const Entry &entry : after.entries) {
            QCOMPARE(entry.method, quint16(0));
            if (entry.name != QLatin1String("schema.json") || !converted)
                QCOMPARE(entry.bytes, before.find(entry.name)->bytes);
        }
        QVERIFY(after.comment.isEmpty());
        if (!converted)
            QVERIFY(report.value().changes.empty() || file.stem.endsWith(QLatin1String("_deflated")));
    }

    void deflatedAndSaveAsExports_data() { addCorpusRows(); }
    void deflatedAndSaveAsExports()
    {
        QFETCH(CorpusFile, file);
        const nlohmann::json oracle = testdata::oracle(file);
        if (oracle["protocol"].get<int>() != 2)
            return; // covered above
        const Archive before = readArchive(file.path);

        ExportOptions deflated;
        deflated.deflate = true;
        const QString deflatedPath = tempPath(QStringLiteral("deflated-") + file.corpus + file.stem);
        QVERIFY(exportTo(file.path, deflatedPath, deflated).ok());
        const Archive packed = readArchive(deflatedPath);
        QVERIFY(packed.ok);
        for (const Entry &entry : packed.entries) {
            QCOMPARE(entry.method, quint16(8));
            QCOMPARE(entry.bytes, before.find(entry.name)->bytes);
        }

        ExportOptions saveAs;
        saveAs.mode = ExportMode::SaveAs;
        const QString copyPath = tempPath(QStringLiteral("copy-") + file.corpus + file.stem);
        QVERIFY(exportTo(file.path, copyPath, saveAs).ok());
        const Archive copy = readArchive(copyPath);
        QVERIFY(copy.ok);
        QCOMPARE(copy.entries.size(), before.entries.size());
        for (const Entry &entry : copy.entries)
            QCOMPARE(entry.bytes, before.find(entry.name)->bytes);
        QCOMPARE(untrusted(*openOrNull(copyPath), file.profile), toStrings(oracle["untrusted_types"]));
    }

    void protocolOneFunctionsAndTreesStayAsTheyAre()
    {
        const QString out = tempPath(QStringLiteral("p1-tree.skops"));
        const auto report = exportTo(corpusPath(QStringLiteral("protocol1_decision_tree_pipeline")), out);
        QVERIFY(report.ok());
        const auto before = JsonDocument::parse(readArchive(corpusPath(QStringLiteral("protocol1_decision_tree_pipeline")))
                                                    .find(QStringLiteral("schema.json"))->bytes);
        const auto after = JsonDocument::parse(readArchive(out).find(QStringLiteral("schema.json"))->bytes);
        QVERIFY(before.ok() && after.ok());
        // Only the two root fields differ.
        QCOMPARE(valueAt(after.value(), QStringLiteral("/protocol")), std::string("2"));
        QCOMPARE(valueAt(after.value(), QStringLiteral("/_skops_version")), std::string("\"0.14\""));
        QCOMPARE(valueAt(after.value(), QStringLiteral("/content")), valueAt(before.value(), QStringLiteral("/content")));
        QCOMPARE(valueAt(after.value(), QStringLiteral("/__id__")), valueAt(before.value(), QStringLiteral("/__id__")));
    }

    void protocolZeroFunctionsTakeTheNewShape()
    {
        const QString out = tempPath(QStringLiteral("p0-pipeline.skops"));
        const auto report = exportTo(corpusPath(QStringLiteral("protocol0_pipeline_log1p")), out);
        QVERIFY(report.ok());
        const auto after = JsonDocument::parse(readArchive(out).find(QStringLiteral("schema.json"))->bytes);
        QVERIFY(after.ok());
        const QString func = QStringLiteral("/content/content/steps/content/0/content/1/content/content/func");
        QCOMPARE(valueAt(after.value(), func + QStringLiteral("/__class__")), std::string("\"log1p\""));
        QCOMPARE(valueAt(after.value(), func + QStringLiteral("/__module__")),
                 std::string("\"numpy.core._multiarray_umath\""));
        QCOMPARE(valueAt(after.value(), func + QStringLiteral("/content")), std::string());
        QCOMPARE(valueAt(after.value(), func + QStringLiteral("/__id__")), std::string("139640452340544"));
        bool reported = false;
        for (const ExportChange &change : report.value().changes)
            reported = reported || (change.kind == ExportChange::Kind::Converted && change.path == func);
        QVERIFY(reported);
    }

    // ---- edits ----------------------------------------------------------------

    void setValueChangesOnlyItsPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("content");
        // n_jobs, class_weight and random_state share one `null` state (one __id__).
        QTest::newRow("null to int") << QStringLiteral("/content/content/n_jobs") << QStringLiteral("4")
                                     << QStringLiteral("4");
        QTest::newRow("string") << QStringLiteral("/content/content/solver") << QStringLiteral("\"saga\u00e9\"")
                                << QStringLiteral("\"saga\\u00e9\"");
        QTest::newRow("float as repr") << QStringLiteral("/content/content/tol") << QStringLiteral("1E-3")
                                       << QStringLiteral("0.001");
        QTest::newRow("bool, first of a shared false") << QStringLiteral("/content/content/dual")
                                                       << QStringLiteral("true") << QStringLiteral("true");
        QTest::newRow("repeat of a shared false") << QStringLiteral("/content/content/warm_start")
                                                  << QStringLiteral("null") << QStringLiteral("null");
    }
    void setValueChangesOnlyItsPlace()
    {
        QFETCH(QString, path);
        QFETCH(QString, json);
        QFETCH(QString, content);
        const QString in = corpusPath(QStringLiteral("logreg_iris"));
        const QString out = tempPath(QStringLiteral("set.skops"));
        ExportOptions options;
        options.edits = {ExportEdit::setValue(path, json)};
        const auto report = exportTo(in, out, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));

        const auto before = JsonDocument::parse(readArchive(in).find(QStringLiteral("schema.json"))->bytes);
        const auto after = JsonDocument::parse(readArchive(out).find(QStringLiteral("schema.json"))->bytes);
        QVERIFY(before.ok() && after.ok());
        const JsonDocument &a = after.value();
        const auto edited = a.resolve(path);
        QVERIFY(a.isObject(edited));
        QCOMPARE(a.qstring(a.member(edited, "content")), content);
        QCOMPARE(a.qstring(a.member(edited, "__loader__")), QStringLiteral("JsonNode"));
        QCOMPARE(a.member(edited, "__id__"), JsonDocument::npos);
        // Every other value is what it was.
        const JsonDocument &b = before.value();
        for (JsonDocument::Index v = 0; v < b.valueCount(); ++v) {
            const QString pointer = b.pointer(v);
            if (pointer == path || pointer.startsWith(path + QLatin1Char('/')))
                continue;
            if (b.isObject(v) || b.isArray(v))
                continue;
            QCOMPARE(valueAt(a, pointer), b.serialize(v));
        }
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        QCOMPARE(exported->skopsVersion(), QStringLiteral("0.15.dev0"));
        QCOMPARE(report.value().changes.front().kind, ExportChange::Kind::Edited);
        QCOMPARE(report.value().changes.front().path, path);
    }

    void removingAnEntryDropsItsMembers()
    {
        const QString in = corpusPath(QStringLiteral("logreg_iris"));
        const QString out = tempPath(QStringLiteral("drop.skops"));
        const nlohmann::json oracle = testdata::oracle(corpusFile(QStringLiteral("logreg_iris")));
        QString coefMember;
        for (const auto &array : oracle["arrays"]) {
            if (array["path"] == "/content/content/coef_")
                coefMember = QString::fromStdString(array["file"].get<std::string>());
        }
        QVERIFY(!coefMember.isEmpty());
        ExportOptions options;
        options.edits = {ExportEdit::remove(QStringLiteral("/content/content/coef_"))};
        const auto report = exportTo(in, out, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));

        const Archive archive = readArchive(out);
        QVERIFY(!archive.names().contains(coefMember));
        QCOMPARE(archive.entries.size(), readArchive(in).entries.size() - 1);
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        const JsonDocument &doc = exported->schema();
        QCOMPARE(doc.resolve(QStringLiteral("/content/content/coef_")), JsonDocument::npos);
        // key_types stays aligned with content: one fewer, the others unchanged.
        const auto content = doc.resolve(QStringLiteral("/content/content"));
        const auto keyTypes = doc.resolve(QStringLiteral("/content/key_types/content"));
        QCOMPARE(doc.size(keyTypes), doc.size(content));
        // coef_'s NdArrayNode is gone; its key type repeated an earlier TypeNode.
        QCOMPARE(exported->tree().nodeCount(), oracle["node_count"].get<std::size_t>() - 1);
        bool removedReported = false;
        for (const ExportChange &change : report.value().changes)
            removedReported = removedReported
                              || (change.kind == ExportChange::Kind::MemberRemoved && change.member == coefMember);
        QVERIFY(removedReported);
    }

    void removingASharedObjectsEntryRewritesItsRepeats()
    {
        // shared_references: the pipeline's scaler repeats /content/scaler's __id__.
        const QString in = corpusPath(QStringLiteral("shared_references"));
        const QString out = tempPath(QStringLiteral("shared-drop.skops"));
        const QString meanMember = QStringLiteral("140183480445008.npy");
        ExportOptions options;
        options.edits = {ExportEdit::remove(QStringLiteral("/content/scaler/content/content/mean_"))};
        const auto report = exportTo(in, out, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        const JsonDocument &doc = exported->schema();
        const QString repeat = QStringLiteral("/content/pipeline/content/content/steps/content/0/content/1");
        QCOMPARE(valueAt(doc, repeat), valueAt(doc, QStringLiteral("/content/scaler")));
        QCOMPARE(valueAt(doc, repeat + QStringLiteral("/content/content/mean_")), std::string());
        QVERIFY(!readArchive(out).names().contains(meanMember));
        QVERIFY(readArchive(out).names().contains(QStringLiteral("140183480445680.npy")));
    }

    void removingARepeatedArrayKeepsItsMember()
    {
        const QString in = corpusPath(QStringLiteral("shared_references"));
        const QString member = QStringLiteral("140183480442128.npy");
        for (const QString &path : {QStringLiteral("/content/arr_a"), QStringLiteral("/content/arr_b")}) {
            const QString out = tempPath(QStringLiteral("shared-array.skops"));
            ExportOptions options;
            options.edits = {ExportEdit::remove(path)};
            const auto report = exportTo(in, out, options);
            QVERIFY2(report.ok(), qPrintable(report.error().message));
            QVERIFY(readArchive(out).names().contains(member));
            const auto exported = openOrNull(out);
            QVERIFY(exported);
            const JsonDocument &doc = exported->schema();
            QCOMPARE(doc.resolve(path), JsonDocument::npos);
            // The remaining references are one shared array, built from a full state.
            const QString other = path.endsWith(QLatin1Char('a')) ? QStringLiteral("/content/arr_b")
                                                                   : QStringLiteral("/content/arr_a");
            QCOMPARE(doc.qstring(doc.member(doc.resolve(other), "file")), member);
            QCOMPARE(doc.qstring(doc.member(doc.resolve(other), "__loader__")), QStringLiteral("NdArrayNode"));
        }
    }

    void aRemovedFirstStateMovesToItsNextPlace()
    {
        // [J("x", id 5), bare repeat of id 5]: skops loads ["x", "x"].
        const QByteArray schema(
            "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": ["
            "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", "
            "\"content\": \"\\\"x\\\"\", \"__id__\": 5}, {\"__id__\": 5}], \"protocol\": 2}");
        const QString in = tempPath(QStringLiteral("bare.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema)));
        const QString out = tempPath(QStringLiteral("bare-out.skops"));

        ExportOptions set;
        set.edits = {ExportEdit::setValue(QStringLiteral("/content/0"), QStringLiteral("\"y\""))};
        QVERIFY(exportTo(in, out, set).ok());
        auto exported = openOrNull(out);
        QVERIFY(exported);
        const JsonDocument *doc = &exported->schema();
        QCOMPARE(valueAt(*doc, QStringLiteral("/content/0/content")), std::string("\"\\\"y\\\"\""));
        QCOMPARE(valueAt(*doc, QStringLiteral("/content/1/content")), std::string("\"\\\"x\\\"\""));
        QCOMPARE(valueAt(*doc, QStringLiteral("/content/1/__id__")), std::string("5"));

        ExportOptions remove;
        remove.edits = {ExportEdit::remove(QStringLiteral("/content/0"))};
        QVERIFY(exportTo(in, out, remove).ok());
        exported = openOrNull(out);
        QVERIFY(exported);
        doc = &exported->schema();
        QCOMPARE(doc->size(doc->resolve(QStringLiteral("/content"))), 1u);
        QCOMPARE(valueAt(*doc, QStringLiteral("/content/0/content")), std::string("\"\\\"x\\\"\""));
    }

    void aDivergentRepeatStaysUnread()
    {
        // [J("1", id 5), J("2", id 5)] loads as [1, 1]; setting the first
        // must give [3, 1], not [3, 2].
        const QByteArray schema(
            "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": ["
            "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", \"content\": \"1\", \"__id__\": 5}, "
            "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", \"content\": \"2\", \"__id__\": 5}], "
            "\"protocol\": 2}");
        const QString in = tempPath(QStringLiteral("divergent.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema)));
        const QString out = tempPath(QStringLiteral("divergent-out.skops"));
        ExportOptions options;
        options.edits = {ExportEdit::setValue(QStringLiteral("/content/0"), QStringLiteral("3"))};
        QVERIFY(exportTo(in, out, options).ok());
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        QCOMPARE(valueAt(exported->schema(), QStringLiteral("/content/0/content")), std::string("\"3\""));
        QCOMPARE(valueAt(exported->schema(), QStringLiteral("/content/1/content")), std::string("\"1\""));
    }

    void replacingAnUntrustedSubtreeByNull()
    {
        const QString in = corpusPath(QStringLiteral("custom_untrusted_transformer"));
        const QString out = tempPath(QStringLiteral("null.skops"));
        ExportOptions options;
        options.edits = {ExportEdit::replaceWithNull(QStringLiteral("/content/content/steps/content/0/content/1"))};
        const auto report = exportTo(in, out, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        // The oracle's two untrusted names were both in that subtree.
        QCOMPARE(toStrings(testdata::oracle(corpusFile(QStringLiteral("custom_untrusted_transformer")))["untrusted_types"]),
                 (std::vector<std::string>{"corpus_custom.MyTransformer", "corpus_custom.Settings"}));
        QCOMPARE(untrusted(*exported, QStringLiteral("numpy1-sklearn1.2")), std::vector<std::string>());
        QCOMPARE(valueAt(exported->schema(), QStringLiteral("/content/content/steps/content/0/content/1/content")),
                 std::string("\"null\""));
        // mean_ of the transformer went with it.
        QVERIFY(!readArchive(out).names().contains(QStringLiteral("140183480442992.npy")));
    }

    void invalidEditsWriteNothing_data()
    {
        QTest::addColumn<ExportEdit>("edit");
        QTest::newRow("no such path") << ExportEdit::setValue(QStringLiteral("/content/content/nope"), QStringLiteral("1"));
        QTest::newRow("not a pointer") << ExportEdit::remove(QStringLiteral("content"));
        QTest::newRow("not primitive") << ExportEdit::setValue(QStringLiteral("/content/content/coef_"), QStringLiteral("1"));
        QTest::newRow("not JSON") << ExportEdit::setValue(QStringLiteral("/content/content/C"), QStringLiteral("one"));
        QTest::newRow("a list value") << ExportEdit::setValue(QStringLiteral("/content/content/C"), QStringLiteral("[1]"));
        QTest::newRow("inside a node") << ExportEdit::setValue(QStringLiteral("/content/content/C/content"), QStringLiteral("1"));
        QTest::newRow("remove the root") << ExportEdit::remove(QString());
        QTest::newRow("remove the state") << ExportEdit::remove(QStringLiteral("/content"));
        QTest::newRow("a key type") << ExportEdit::replaceWithNull(QStringLiteral("/content/key_types/content/0"));
        QTest::newRow("null root") << ExportEdit::replaceWithNull(QString());
    }
    void invalidEditsWriteNothing()
    {
        QFETCH(ExportEdit, edit);
        const QString out = tempPath(QStringLiteral("invalid.skops"));
        QFile::remove(out);
        ExportOptions options;
        options.edits = {edit};
        const auto report = exportTo(corpusPath(QStringLiteral("logreg_iris")), out, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!report.error().message.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    // ---- cleaning -------------------------------------------------------------

    void cleaningRemovesStrayDuplicateAndCommentAndRenames()
    {
        const Archive logreg = readArchive(corpusPath(QStringLiteral("logreg_iris")));
        QList<testdata::ArchiveEntry> entries;
        const QString coef = QStringLiteral("140183490649264.npy");
        entries.append({coef, QByteArray("an earlier, shadowed entry"), false});
        for (const Entry &entry : logreg.entries) {
            if (entry.name != QLatin1String("schema.json"))
                entries.append({entry.name, entry.bytes, false});
        }
        entries.append({QStringLiteral("stray.txt"), QByteArray("not referenced"), false});
        entries.append({QStringLiteral("schema.json"), logreg.find(QStringLiteral("schema.json"))->bytes, false});
        const QString in = tempPath(QStringLiteral("stray.skops"));
        QVERIFY(testdata::writeFile(in, archiveWithComment(entries, QStringLiteral("a comment"))));

        const QString out = tempPath(QStringLiteral("stray-clean.skops"));
        const auto report = exportTo(in, out);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const Archive cleaned = readArchive(out);
        QVERIFY(cleaned.ok);
        QCOMPARE(cleaned.entries.size(), logreg.entries.size());
        QVERIFY(!cleaned.names().contains(QStringLiteral("stray.txt")));
        QCOMPARE(cleaned.find(coef)->bytes, logreg.find(coef)->bytes);
        QVERIFY(cleaned.comment.isEmpty());
        QSet<QString> kinds;
        for (const ExportChange &change : report.value().changes)
            kinds.insert(ExportChange::kindName(change.kind) + QLatin1Char(':') + change.member);
        QVERIFY(kinds.contains(QStringLiteral("member_removed:stray.txt")));
        QVERIFY(kinds.contains(QStringLiteral("duplicate_removed:") + coef));
        QVERIFY(kinds.contains(QStringLiteral("comment_removed:")));
        const auto json = nlohmann::json::parse(report.value().toJson());
        QVERIFY(json["mode"] == "cleaned");
        QVERIFY(json["members"].back() == "schema.json");
        bool strayInJson = false;
        for (const auto &change : json["changes"])
            strayInJson = strayInJson || (change["kind"] == "member_removed" && change["member"] == "stray.txt");
        QVERIFY(strayInJson);

        ExportOptions saveAs;
        saveAs.mode = ExportMode::SaveAs;
        const QString copy = tempPath(QStringLiteral("stray-copy.skops"));
        QVERIFY(exportTo(in, copy, saveAs).ok());
        const Archive kept = readArchive(copy);
        QCOMPARE(kept.find(QStringLiteral("stray.txt"))->bytes, QByteArray("not referenced"));
        QCOMPARE(kept.comment, QStringLiteral("a comment"));
        QCOMPARE(kept.entries.size(), logreg.entries.size() + 1);
    }

    void unusualNamesAreRenamed()
    {
        const auto npyOf = [](char fill) {
            return testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", QByteArray(8, fill));
        };
        const QByteArray npyBytes = npyOf('\0');
        const QByteArray schema(
            "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": ["
            "{\"__class__\": \"ndarray\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", \"type\": \"numpy\", "
            "\"file\": \"w \\u00e9.npy\", \"__id__\": 7}, "
            "{\"__class__\": \"ndarray\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", \"type\": \"numpy\", "
            "\"file\": \"dir/x.npy\"}, "
            "{\"__class__\": \"ndarray\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", \"type\": \"numpy\", "
            "\"file\": \"A.npy\"}, "
            "{\"__class__\": \"ndarray\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", \"type\": \"numpy\", "
            "\"file\": \"a.npy\"}, "
            "{\"__class__\": \"bytes\", \"__module__\": \"builtins\", \"__loader__\": \"BytesNode\", \"file\": \"schema.json\"}], "
            "\"protocol\": 2}");
        const QString in = tempPath(QStringLiteral("names.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema, {{QStringLiteral("w \u00e9.npy"), npyBytes, false},
                                                                      {QStringLiteral("dir/x.npy"), npyOf('1'), false},
                                                                      {QStringLiteral("A.npy"), npyOf('2'), false},
                                                                      {QStringLiteral("a.npy"), npyOf('3'), false}})));
        const QByteArray originalSchema = readArchive(in).find(QStringLiteral("schema.json"))->bytes;
        const QString out = tempPath(QStringLiteral("names-clean.skops"));
        const auto report = exportTo(in, out);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        const JsonDocument &doc = exported->schema();
        const auto fileAt = [&](int i) {
            return doc.qstring(doc.member(doc.resolve(QStringLiteral("/content/%1").arg(i)), "file"));
        };
        QCOMPARE(fileAt(0), QStringLiteral("7.npy"));
        QVERIFY(QRegularExpression(QStringLiteral("^member[0-9]+\\.npy$")).match(fileAt(1)).hasMatch());
        QCOMPARE(fileAt(2), QStringLiteral("A.npy"));
        QVERIFY(fileAt(3) != QLatin1String("a.npy") && fileAt(3).endsWith(QLatin1String(".npy")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\\.bin$"))
                    .match(fileAt(4))
                    .hasMatch());
        const Archive archive = readArchive(out);
        QCOMPARE(archive.find(fileAt(0))->bytes, npyBytes);
        QCOMPARE(archive.find(fileAt(1))->bytes, npyOf('1'));
        QCOMPARE(archive.find(fileAt(2))->bytes, npyOf('2'));
        QCOMPARE(archive.find(fileAt(3))->bytes, npyOf('3'));
        // The bytes node keeps reading the original schema.json's bytes.
        QCOMPARE(archive.find(fileAt(4))->bytes, originalSchema);
        QCOMPARE(archive.entries.size(), 6);
        int renames = 0;
        for (const ExportChange &change : report.value().changes)
            renames += change.kind == ExportChange::Kind::MemberRenamed;
        QCOMPARE(renames, 4);

        ExportOptions saveAs;
        saveAs.mode = ExportMode::SaveAs;
        const QString copy = tempPath(QStringLiteral("names-copy.skops"));
        QVERIFY(exportTo(in, copy, saveAs).ok());
        const Archive kept = readArchive(copy);
        QCOMPARE(kept.find(QStringLiteral("w \u00e9.npy"))->bytes, npyBytes);
        QVERIFY(kept.find(QStringLiteral("w \u00e9.npy"))->flags & 0x800);
        QCOMPARE(kept.find(QStringLiteral("dir/x.npy"))->bytes, npyOf('1'));
    }

    void sgdNodeBecomesLossNode()
    {
        // skops 0.10 wrote SGD losses with loader SGDNode; 0.11 reads the same state as LossNode.
        const Archive sgd = readArchive(corpusPath(QStringLiteral("sgd_classifier_hinge")));
        QList<testdata::ArchiveEntry> members;
        for (const Entry &entry : sgd.entries) {
            if (entry.name != QLatin1String("schema.json"))
                members.append({entry.name, entry.bytes, false});
        }
        QByteArray schema = sgd.find(QStringLiteral("schema.json"))->bytes;
        QCOMPARE(schema.count("\"LossNode\""), 1);
        schema.replace("\"LossNode\"", "\"SGDNode\"");
        schema.replace("\"0.15.dev0\"", "\"0.10.0\"");
        const QString in = tempPath(QStringLiteral("sgdnode.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema, members)));
        const QString out = tempPath(QStringLiteral("sgdnode-out.skops"));
        const auto report = exportTo(in, out);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QByteArray written = readArchive(out).find(QStringLiteral("schema.json"))->bytes;
        QByteArray expected = sgd.find(QStringLiteral("schema.json"))->bytes;
        expected.replace("\"0.15.dev0\"", "\"0.14\"");
        QCOMPARE(written, expected);
        QCOMPARE(untrusted(*openOrNull(out), QStringLiteral("numpy1-sklearn1.2")), std::vector<std::string>());
    }

    void cyclesAreNotExported()
    {
        const QByteArray schema("{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", "
                                "\"content\": [{\"__id__\": 1}], \"__id__\": 1, \"protocol\": 2}");
        const QString in = tempPath(QStringLiteral("cycle.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema)));
        const QString out = tempPath(QStringLiteral("cycle-out.skops"));
        const auto report = exportTo(in, out);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("cycle")));
        QVERIFY(!QFile::exists(out));
    }

    // ---- saving in place and failing ------------------------------------------

    void savingOverTheOpenFile()
    {
        const QString path = tempPath(QStringLiteral("in-place.skops"));
        QFile::remove(path);
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("logreg_iris")), path));
        const auto opened = openOrNull(path);
        QVERIFY(opened);
        const QString coef = QStringLiteral("140183490649264.npy");
        const auto mapped = opened->readMember(coef); // a view into the mapped file
        QVERIFY(mapped.ok());
        const QByteArray coefBytes = readArchive(corpusPath(QStringLiteral("logreg_iris"))).find(coef)->bytes;

        ExportOptions options;
        options.edits = {ExportEdit::setValue(QStringLiteral("/content/content/verbose"), QStringLiteral("3")),
                         ExportEdit::remove(QStringLiteral("/content/content/n_iter_"))};
        options.deflate = true;
        const auto report = ModelExporter::exportFile(*opened, path, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));

        // The old mapping still shows the old bytes; the file is the new archive.
        QCOMPARE(QByteArray(mapped.value().data(), mapped.value().size()), coefBytes);
        QCOMPARE(QByteArray(opened->readMember(coef).value().data(), opened->readMember(coef).value().size()), coefBytes);
        const auto reopened = openOrNull(path);
        QVERIFY(reopened);
        QCOMPARE(valueAt(reopened->schema(), QStringLiteral("/content/content/verbose/content")), std::string("\"3\""));
        QCOMPARE(reopened->schema().resolve(QStringLiteral("/content/content/n_iter_")), JsonDocument::npos);
        QCOMPARE(readArchive(path).find(coef)->bytes, coefBytes);
        QCOMPARE(readArchive(path).find(coef)->method, quint16(8));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("in-place.skops*")}, QDir::Files),
                 QStringList{QStringLiteral("in-place.skops")});
    }

    void failingExportsKeepTheOriginal()
    {
        const QString path = tempPath(QStringLiteral("keep.skops"));
        QFile::remove(path);
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("pipeline_scaler_svc")), path));
        const QByteArray original = readFile(path);
        const auto opened = openOrNull(path);
        QVERIFY(opened);

        // Into a folder that cannot exist: below a regular file.
        const auto blocked = ModelExporter::exportFile(*opened, path + QStringLiteral("/out.skops"), {});
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, ErrorCode::WriteFailed);

        // Over itself, cancelled half-way.
        int polls = 0;
        const auto cancelled = ModelExporter::exportFile(*opened, path, {}, [&polls] { return ++polls > 5; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

        QCOMPARE(readFile(path), original);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.skops*")}, QDir::Files),
                 QStringList{QStringLiteral("keep.skops")});
    }

    void brokenArraysStopTheExportUnlessRemoved()
    {
        const QByteArray schema(
            "{\"__class__\": \"dict\", \"__module__\": \"builtins\", \"__loader__\": \"DictNode\", \"content\": {"
            "\"good\": {\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", \"content\": \"1\"}, "
            "\"bad\": {\"__class__\": \"ndarray\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", \"type\": \"numpy\", "
            "\"file\": \"bad.npy\"}}, \"key_types\": {\"__class__\": \"list\", \"__module__\": \"builtins\", "
            "\"__loader__\": \"ListNode\", \"content\": [{\"__class__\": \"str\", \"__module__\": \"builtins\", "
            "\"__loader__\": \"TypeNode\"}, {\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"TypeNode\"}]}, "
            "\"protocol\": 2}");
        const QString in = tempPath(QStringLiteral("broken.skops"));
        QVERIFY(testdata::writeFile(in, testdata::buildSkops(schema, {{QStringLiteral("bad.npy"), QByteArray("garbage"), false}})));
        const QString out = tempPath(QStringLiteral("broken-out.skops"));
        const auto refused = exportTo(in, out);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("bad.npy")));
        QVERIFY(!QFile::exists(out));

        ExportOptions options;
        options.edits = {ExportEdit::remove(QStringLiteral("/content/bad"))};
        const auto report = exportTo(in, out, options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(readArchive(out).names(), QStringList{QStringLiteral("schema.json")});
        const auto exported = openOrNull(out);
        QVERIFY(exported);
        const JsonDocument &doc = exported->schema();
        QCOMPARE(doc.size(doc.resolve(QStringLiteral("/key_types/content"))), 1u);
    }
};

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
