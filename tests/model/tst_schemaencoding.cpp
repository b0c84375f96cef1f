// schema.json in every encoding CPython's json.loads(bytes) accepts: real
// corpus files with their schema.json re-encoded (by Qt, not by the reader
// under test) as UTF-16 and UTF-32 in both byte orders, with and without a
// byte order mark, and as UTF-8 with a byte order mark. skops loads and
// audits each of them as the original, so each must show the node count and
// the untrusted types of the original's oracle. Text that does not decode
// is refused with a message naming the problem.
#include "ArchiveBuilder.h"
#include "Audit.h"
#include "ModelExporter.h"
#include "SkopsFile.h"
#include "StructuralCheck.h"
#include "TestData.h"
#include "TrustProfile.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;
using testdata::CorpusFile;
using testdata::toStrings;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

struct Encoding
{
    const char *name;
    QStringConverter::Encoding encoding;
    QByteArray bom;
};

const QList<Encoding> &encodings()
{
    static const QList<Encoding> all = {
        { "UTF-16-LE", QStringConverter::Utf16LE, QByteArray("\xFF\xFE", 2) },
        { "UTF-16-BE", QStringConverter::Utf16BE, QByteArray("\xFE\xFF", 2) },
        { "UTF-32-LE", QStringConverter::Utf32LE, QByteArray("\xFF\xFE\x00\x00", 4) },
        { "UTF-32-BE", QStringConverter::Utf32BE, QByteArray("\x00\x00\xFE\xFF", 4) },
    };
    return all;
}

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder(QString::fromUtf8(utf8));
}

// Three real files: untrusted types in schema.json only; \u escapes (a
// surrogate pair among them) and .bin members; arrays and untrusted types.
QList<CorpusFile> sampleFiles()
{
    return { testdata::corpusFile(QStringLiteral("corpus"), QStringLiteral("misc_untrusted_objects")),
        testdata::corpusFile(QStringLiteral("corpus"), QStringLiteral("python_containers")),
        testdata::corpusFile(QStringLiteral("corpus-np2"), QStringLiteral("custom_untrusted_transformer")) };
}

} // namespace

class TestSchemaEncoding : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The corpus file with `schema` as its schema.json, written to disk so
    // that SkopsFile reads it through its file mapping.
    QString variant(const CorpusFile &file, const QByteArray &schema, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".skops"));
        if (!testdata::writeFile(path, testdata::buildSkops(schema, testdata::payloadEntries(file.path))))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray originalSchema(const CorpusFile &file)
    {
        return testdata::zipMember(file.path, QStringLiteral("schema.json"));
    }

    static void verifyAsOracle(const QString &path, const CorpusFile &file)
    {
        const nlohmann::json oracle = testdata::oracle(file);
        const auto opened = SkopsFile::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->tree().nodeCount(), oracle["node_count"].get<std::size_t>());
        QCOMPARE(opened.value()->protocol(), oracle["protocol"].get<int>());
        const auto profile = TrustProfile::builtin(file.profile);
        QVERIFY(profile.ok());
        const Audit audit = Audit::run(opened.value()->tree(), *profile.value());
        QCOMPARE(audit.untrustedTypes(), toStrings(oracle["untrusted_types"]));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reEncodedFileReadsAsTheOriginal_data()
    {
        QTest::addColumn<CorpusFile>("file");
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("stored"); // as the schema-encoding warning names it
        const QString withBom = QStringLiteral("%1 with a byte order mark");
        for (const CorpusFile &file : sampleFiles()) {
            const QByteArray utf8 = originalSchema(file);
            QVERIFY(utf8.startsWith('{'));
            const QString prefix = file.corpus + QLatin1Char('/') + file.stem + QLatin1Char(' ');
            QTest::newRow(qPrintable(prefix + QStringLiteral("UTF-8 with BOM")))
                << file << QByteArray("\xEF\xBB\xBF") + utf8 << withBom.arg(QStringLiteral("UTF-8"));
            for (const Encoding &encoding : encodings()) {
                const QByteArray bytes = encoded(utf8, encoding.encoding);
                const QString name = QLatin1String(encoding.name);
                QCOMPARE(bytes.size(), utf8.size() * (encoding.bom.size() == 2 ? 2 : 4));
                QTest::newRow(qPrintable(prefix + name)) << file << bytes << name;
                QTest::newRow(qPrintable(prefix + name + QStringLiteral(" with BOM")))
                    << file << encoding.bom + bytes << withBom.arg(name);
            }
        }
    }
    void reEncodedFileReadsAsTheOriginal()
    {
        QFETCH(CorpusFile, file);
        QFETCH(QByteArray, schema);
        QFETCH(QString, stored);
        const QString path = variant(file, schema, QStringLiteral("variant"));
        verifyAsOracle(path, file);

        // The same structural warnings as the original, plus one at the
        // root saying how schema.json is stored (skops writes plain UTF-8).
        const auto original = SkopsFile::open(file.path);
        const auto reEncoded = SkopsFile::open(path);
        QVERIFY(original.ok() && reEncoded.ok());
        const std::vector<StructuralWarning> before = StructuralCheck::run(*original.value());
        for (const StructuralWarning &warning : before)
            QVERIFY(warning.code != WarningCode::SchemaEncoding);
        std::vector<StructuralWarning> warnings = StructuralCheck::run(*reEncoded.value());
        QVERIFY(!warnings.empty());
        const StructuralWarning first = warnings.front();
        QCOMPARE(StructuralWarning::codeName(first.code), QStringLiteral("schema-encoding"));
        QCOMPARE(first.node, reEncoded.value()->tree().root());
        QCOMPARE(first.path, std::optional<QString>(QString()));
        QCOMPARE(first.member, QStringLiteral("schema.json"));
        QVERIFY2(first.message.startsWith(QStringLiteral("schema.json is stored as ") + stored + QLatin1Char(';')),
                 qPrintable(first.message));
        warnings.erase(warnings.begin());
        QCOMPARE(warnings.size(), before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            QCOMPARE(warnings[i].code, before[i].code);
            QCOMPARE(warnings[i].message, before[i].message);
            QCOMPARE(warnings[i].path, before[i].path);
        }
    }

    void undecodableSchemaIsRefused_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QStringList>("named");
        const QByteArray utf8 = originalSchema(sampleFiles().front());
        const QByteArray utf16le = encoded(utf8, QStringConverter::Utf16LE);
        const QByteArray utf16be = encoded(utf8, QStringConverter::Utf16BE);
        const QByteArray utf32le = encoded(utf8, QStringConverter::Utf32LE);
        const QByteArray utf32be = encoded(utf8, QStringConverter::Utf32BE);
        // Code unit 20 lies inside the first string value, "dict".
        const auto patched = [](QByteArray bytes, qsizetype at, const QByteArray &unit) {
            return bytes.replace(at, unit.size(), unit);
        };
        QTest::newRow("odd-length UTF-16-LE") << utf16le + '\n'
                                              << QStringList { QStringLiteral("UTF-16-LE"),
                                                     QStringLiteral("byte %1").arg(utf16le.size()),
                                                     QStringLiteral("not a multiple of 2 bytes") };
        QTest::newRow("odd-length UTF-16-BE with BOM")
            << QByteArray("\xFE\xFF") + utf16be.chopped(1)
            << QStringList { QStringLiteral("UTF-16-BE"),
                   QStringLiteral("byte %1").arg(utf16be.size()),
                   QStringLiteral("not a multiple of 2 bytes") };
        QTest::newRow("truncated UTF-32-BE unit")
            << utf32be.chopped(2)
            << QStringList { QStringLiteral("UTF-32-BE"),
                   QStringLiteral("byte %1").arg(utf32be.size() - 4),
                   QStringLiteral("not a multiple of 4 bytes") };
        QTest::newRow("truncated UTF-32-LE unit with BOM")
            << QByteArray("\xFF\xFE\x00\x00", 4) + utf32le + 'x'
            << QStringList { QStringLiteral("UTF-32-LE"),
                   QStringLiteral("byte %1").arg(4 + utf32le.size()),
                   QStringLiteral("not a multiple of 4 bytes") };
        QTest::newRow("UTF-32-LE above U+10FFFF")
            << patched(utf32le, 80, QByteArray("\x00\x00\x11\x00", 4))
            << QStringList { QStringLiteral("UTF-32-LE"), QStringLiteral("byte 80"),
                   QStringLiteral("0x00110000"), QStringLiteral("U+10FFFF") };
        QTest::newRow("UTF-32-BE far above U+10FFFF")
            << patched(utf32be, 80, QByteArray("\xFF\xFF\xFF\xFF", 4))
            << QStringList { QStringLiteral("UTF-32-BE"), QStringLiteral("byte 80"),
                   QStringLiteral("0xffffffff"), QStringLiteral("U+10FFFF") };
        QTest::newRow("UTF-16-LE unpaired high surrogate")
            << patched(utf16le, 40, QByteArray("\x3D\xD8", 2))
            << QStringList { QStringLiteral("UTF-16-LE"), QStringLiteral("byte 40"),
                   QStringLiteral("lone high surrogate U+D83D") };
        QTest::newRow("UTF-16-BE unpaired low surrogate")
            << patched(utf16be, 40, QByteArray("\xDE\x42", 2))
            << QStringList { QStringLiteral("UTF-16-BE"), QStringLiteral("byte 40"),
                   QStringLiteral("lone low surrogate U+DE42") };
        QTest::newRow("UTF-16-BE high surrogate at the end")
            << QByteArray("\xFE\xFF") + utf16be + QByteArray("\xD8\x3D", 2)
            << QStringList { QStringLiteral("UTF-16-BE"),
                   QStringLiteral("byte %1").arg(2 + utf16be.size()),
                   QStringLiteral("lone high surrogate U+D83D") };
        // Python never pairs UTF-32 units: a surrogate there is lone whatever follows.
        QTest::newRow("UTF-32-LE surrogate pair as two units")
            << patched(utf32le, 80, QByteArray("\x3D\xD8\x00\x00\x42\xDE\x00\x00", 8))
            << QStringList { QStringLiteral("UTF-32-LE"), QStringLiteral("byte 80"),
                   QStringLiteral("lone high surrogate U+D83D") };
    }
    void undecodableSchemaIsRefused()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QStringList, named);
        const QString path = variant(sampleFiles().front(), schema, QStringLiteral("refused"));
        const auto opened = SkopsFile::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidJson);
        const QString &message = opened.error().message;
        QVERIFY2(
            message.startsWith(QStringLiteral("schema.json is not valid ")), qPrintable(message));
        for (const QString &part : named)
            QVERIFY2(
                message.contains(part), qPrintable(message + QStringLiteral(" lacks ") + part));
    }

    // Export Cleaned writes a fresh schema.json, in UTF-8 as skops writes
    // it; Save As copies an unchanged schema.json as it is, which skops reads
    // in any encoding. Both read back as the original's oracle.
    void exportOfUtf16File()
    {
        const CorpusFile file = testdata::corpusFile(
            QStringLiteral("corpus-np2"), QStringLiteral("custom_untrusted_transformer"));
        const QByteArray utf16
            = QByteArray("\xFF\xFE") + encoded(originalSchema(file), QStringConverter::Utf16LE);
        const auto opened = SkopsFile::open(variant(file, utf16, QStringLiteral("utf16")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));

        const QString cleaned = m_dir.filePath(QStringLiteral("cleaned.skops"));
        const auto report = ModelExporter::exportFile(*opened.value(), cleaned, ExportOptions {});
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QByteArray written = testdata::zipMember(cleaned, QStringLiteral("schema.json"));
        QVERIFY(written.startsWith("{\n  \""));
        QVERIFY(!testdata::schemaOf(cleaned).is_discarded()); // nlohmann reads UTF-8 only
        for (const char c : written)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        verifyAsOracle(cleaned, file);

        const QString savedAs = m_dir.filePath(QStringLiteral("saved-as.skops"));
        ExportOptions options;
        options.mode = ExportMode::SaveAs;
        const auto copied = ModelExporter::exportFile(*opened.value(), savedAs, options);
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QCOMPARE(testdata::zipMember(savedAs, QStringLiteral("schema.json")), utf16);
        verifyAsOracle(savedAs, file);
    }
};

QTEST_GUILESS_MAIN(TestSchemaEncoding)
#include "tst_schemaencoding.moc"
