// skops-inspect as a user or a script runs it: outputs compared with the
// oracles, exit codes, and one-line errors for hostile files.
#include "ArchiveBuilder.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using testdata::CorpusFile;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

using Run = testdata::InspectRun;
using testdata::inspect;

QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const char *kListRoot = "{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [%1], 'protocol': 2}";

QByteArray listSchema(const QByteArray &items)
{
    return q(kListRoot).replace("%1", items);
}

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void treeMatchesVisualize_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles()) {
            if (file.stem == QLatin1String("logreg_iris") || file.stem == QLatin1String("python_containers")
                || file.stem == QLatin1String("custom_untrusted_transformer"))
                QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
        }
    }
    void treeMatchesVisualize()
    {
        QFETCH(CorpusFile, file);
        const auto oracle = testdata::oracle(file);
        const Run run = inspect({QStringLiteral("tree"), file.path, QStringLiteral("--profile"), file.profile});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.toStdString(), oracle["visualize"].get<std::string>());
        QVERIFY(run.err.isEmpty());
    }

    void treeShowsOnlyUntrusted()
    {
        const QString path = testdata::dataDir() + QStringLiteral("/corpus/custom_untrusted_transformer.skops");
        const Run run = inspect({QStringLiteral("tree"), path, QStringLiteral("--show"), QStringLiteral("untrusted")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Root, then only the path down to the two untrusted objects.
        QCOMPARE(lines.first(), QStringLiteral("root: sklearn.pipeline.Pipeline"));
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(!line.contains(QLatin1String("json-type")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("LogisticRegression")), qPrintable(line));
        }
        QCOMPARE(run.out.count("[UNSAFE]"), 2);
    }

    void auditJsonHasTheRequiredFields()
    {
        const CorpusFile file = testdata::corpusFile(QStringLiteral("corpus"), QStringLiteral("custom_untrusted_transformer"));
        QVERIFY(!file.path.isEmpty());
        const auto oracle = testdata::oracle(file);
        const Run run = inspect({QStringLiteral("audit"), file.path, QStringLiteral("--json"),
                                 QStringLiteral("--profile"), file.profile});
        QCOMPARE(run.exitCode, 1);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["file"].get<std::string>(), oracle["file"].get<std::string>());
        QCOMPARE(json["sha256"].get<std::string>(), oracle["sha256"].get<std::string>());
        QVERIFY(json["protocol"] == oracle["protocol"]);
        QVERIFY(json["skops_version"] == oracle["skops_version"]);
        QCOMPARE(json["profile"].get<std::string>(), file.profile.toStdString());
        QVERIFY(json["untrusted_types"] == oracle["untrusted_types"]);
        QCOMPARE(json["findings"].size(), oracle["untrusted_types"].size());
        for (const auto &finding : json["findings"]) {
            QVERIFY(finding.contains("type"));
            QCOMPARE(finding["loader"].get<std::string>(), std::string("ObjectNode"));
            QVERIFY(!finding["locations"].empty());
            QVERIFY(finding["locations"][0].get<std::string>().starts_with("/content/content/steps/"));
        }
    }

    // skops reads a schema.json in UTF-16 (json.loads(bytes) detects it),
    // and so does the audit: a corpus file re-encoded reports its oracle.
    void auditJsonOfUtf16Schema()
    {
        const CorpusFile file = testdata::corpusFile(QStringLiteral("corpus-np2"), QStringLiteral("custom_untrusted_transformer"));
        QVERIFY(!file.path.isEmpty());
        const auto oracle = testdata::oracle(file);
        const QByteArray utf8 = testdata::zipMember(file.path, QStringLiteral("schema.json"));
        QStringEncoder utf16(QStringConverter::Utf16BE);
        const QByteArray schema = QByteArray(utf16(QString::fromUtf8(utf8)));
        QVERIFY(schema.startsWith(QByteArray("\0{", 2)));
        const QString path = m_dir.filePath(QStringLiteral("utf16.skops"));
        QVERIFY(testdata::writeFile(path, testdata::buildSkops(schema, testdata::payloadEntries(file.path))));
        const Run run = inspect({QStringLiteral("audit"), path, QStringLiteral("--json"),
                                 QStringLiteral("--profile"), file.profile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QVERIFY(json["protocol"] == oracle["protocol"]);
        QVERIFY(json["skops_version"] == oracle["skops_version"]);
        QVERIFY(json["untrusted_types"] == oracle["untrusted_types"]);
        QCOMPARE(json["findings"].size(), oracle["untrusted_types"].size());
        // skops.io.dump writes UTF-8: the re-encoding itself is worth a warning.
        QVERIFY(!json["warnings"].empty());
        QVERIFY(json["warnings"][0]["code"] == "schema-encoding");
        QVERIFY(json["warnings"][0]["path"] == "");
        QVERIFY(json["warnings"][0]["member"] == "schema.json");
        QVERIFY(json["warnings"][0]["message"].get<std::string>().find("UTF-16-BE") != std::string::npos);
    }

    void auditExitCodesFollowTrust()
    {
        const QString path = testdata::dataDir() + QStringLiteral("/corpus-np2/custom_untrusted_transformer.skops");
        QCOMPARE(inspect({QStringLiteral("audit"), path}).exitCode, 1);
        const Run one = inspect({QStringLiteral("audit"), path, QStringLiteral("--trust"),
                                 QStringLiteral("corpus_custom.MyTransformer"), QStringLiteral("--json")});
        QCOMPARE(one.exitCode, 1);
        QVERIFY(nlohmann::json::parse(one.out.toStdString())["untrusted_types"]
                == nlohmann::json::parse("[\"corpus_custom.Settings\"]"));
        const Run both = inspect({QStringLiteral("audit"), path, QStringLiteral("--trust"),
                                  QStringLiteral("corpus_custom.MyTransformer"), QStringLiteral("--trust"),
                                  QStringLiteral("corpus_custom.Settings")});
        QCOMPARE(both.exitCode, 0);
        const QString clean = testdata::dataDir() + QStringLiteral("/corpus-np2/logreg_iris.skops");
        QCOMPARE(inspect({QStringLiteral("audit"), clean}).exitCode, 0);
    }

    void arraysMatchTheOracle_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles()) {
            if (file.stem == QLatin1String("numpy_arrays") || file.stem == QLatin1String("sparse_matrices")
                || file.stem == QLatin1String("decision_tree_iris"))
                QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
        }
    }
    void arraysMatchTheOracle()
    {
        QFETCH(CorpusFile, file);
        const auto oracle = testdata::oracle(file);
        const Run run = inspect({QStringLiteral("arrays"), file.path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["arrays"].size(), oracle["arrays"].size());
        // Compared as parsed JSON: 2.0 and 2 are the same number.
        QVERIFY(json["arrays"] == oracle["arrays"]);
        QVERIFY(json["sparse_matrices"] == oracle["sparse_matrices"]);
    }

    void helpAndVersion()
    {
        const Run help = inspect({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("audit FILE"));
        const Run version = inspect({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("skops-inspect 0."));
        const Run treeHelp = inspect({QStringLiteral("tree"), QStringLiteral("--help")});
        QCOMPARE(treeHelp.exitCode, 0);
        QVERIFY(treeHelp.out.contains("--show"));
    }

    void usageErrors()
    {
        const Run unknown = inspect({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith("skops-inspect: "));
        const Run badShow = inspect({QStringLiteral("tree"), QStringLiteral("x.skops"),
                                     QStringLiteral("--show"), QStringLiteral("some")});
        QCOMPARE(badShow.exitCode, 2);
        const Run badProfile = inspect({QStringLiteral("audit"), QStringLiteral("x.skops"),
                                        QStringLiteral("--profile"), QStringLiteral("numpy3")});
        QCOMPARE(badProfile.exitCode, 2);
        QVERIFY(badProfile.err.contains("numpy3"));
    }

    // Every command refuses a path that is not a regular file before it
    // reads anything: audit --json hashes the file first, and opening a FIFO
    // for that would block until a writer came.
    void notARegularFileIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.skops"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::newRow("FIFO") << fifo << QStringLiteral("this is not a regular file (a pipe, socket or device)");
        QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("this is not a regular file (a pipe, socket or device)");
        QTest::newRow("folder") << m_dir.path() << QStringLiteral("this is a folder, not a file");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.skops")) << QStringLiteral("the file does not exist");
    }
    void notARegularFileIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("out.skops"));
        const QList<QStringList> commands = {
            {QStringLiteral("tree"), path},
            {QStringLiteral("audit"), path},
            {QStringLiteral("audit"), path, QStringLiteral("--json")},
            {QStringLiteral("audit"), path, QStringLiteral("--sarif")},
            {QStringLiteral("arrays"), path},
            {QStringLiteral("export"), path, out},
        };
        for (const QStringList &command : commands) {
            const Run run = inspect(command);
            const QString shown = command.join(QLatin1Char(' '));
            QVERIFY2(run.milliseconds < 5000, qPrintable(shown));
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(QString::fromUtf8(run.err),
                     QStringLiteral("skops-inspect: ") + path + QStringLiteral(": ") + message + QLatin1Char('\n'));
            QVERIFY2(!QFile::exists(out), qPrintable(shown));
        }
    }

    void badInputIsOneLineAndExitTwo_data()
    {
        using testdata::buildArchive;
        using testdata::buildSkops;
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray valid = buildSkops(listSchema(""));
        QTest::newRow("not a zip") << QByteArray("hello world\n").repeated(100) << QStringLiteral("not a ZIP archive");
        QTest::newRow("truncated zip") << valid.left(valid.size() - 30) << QStringLiteral("damaged or truncated");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("no schema.json") << buildArchive({{QStringLiteral("a.npy"), "x", false}}) << QStringLiteral("no schema.json");
        QTest::newRow("schema not JSON") << buildSkops("{not json") << QStringLiteral("not valid JSON");
        QTest::newRow("schema odd-length UTF-16") << buildSkops(QByteArray("\xFF\xFE{\0}\0\n", 7)) << QStringLiteral("not valid UTF-16-LE (byte 6): truncated data");
        QTest::newRow("schema not an object") << buildSkops("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("nesting too deep") << buildSkops(QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("levels deep");
        QTest::newRow("missing __class__") << buildSkops(q("{'__module__': 'builtins', '__loader__': 'ListNode', 'content': [], 'protocol': 2}")) << QStringLiteral("\"__class__\"");
        QTest::newRow("missing __module__") << buildSkops(q("{'__class__': 'list', '__loader__': 'ListNode', 'content': [], 'protocol': 2}")) << QStringLiteral("\"__module__\"");
        QTest::newRow("missing __loader__") << buildSkops(listSchema(q("{'__class__': 'str', '__module__': 'builtins', 'content': '1'}"))) << QStringLiteral("\"__loader__\"");
        QTest::newRow("unknown loader") << buildSkops(listSchema(q("{'__class__': 'x', '__module__': 'os', '__loader__': 'ShellNode'}"))) << QStringLiteral("ShellNode");
        QTest::newRow("unsupported protocol") << buildSkops(q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [], 'protocol': 7}")) << QStringLiteral("protocol 7");
        QTest::newRow("missing member") << buildSkops(listSchema(q("{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', 'type': 'numpy', 'file': 'nowhere.npy'}"))) << QStringLiteral("nowhere.npy");
        QByteArray bomb = buildSkops(listSchema(""), {{QStringLiteral("bomb.bin"), QByteArray(200'000, '\0'), true}});
        testdata::patchCentralDirectory(bomb, 0, 24, 0xFFFFFF00u);
        QTest::newRow("zip bomb") << bomb << QStringLiteral("zip bomb");
        QTest::newRow("dot-dot member") << buildSkops(listSchema(""), {{QStringLiteral("../../x.npy"), "x", false}}) << QStringLiteral("../../x.npy");
        QTest::newRow("absolute member") << buildSkops(listSchema(""), {{QStringLiteral("/tmp/x.npy"), "x", false}}) << QStringLiteral("/tmp/x.npy");
        const QByteArray arrayNode = q("{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', 'type': 'numpy', 'file': 'a.npy'}");
        const auto withArray = [&](const QByteArray &npyBytes) {
            return buildSkops(listSchema(arrayNode), {{QStringLiteral("a.npy"), npyBytes, false}});
        };
        QTest::newRow("npy bad magic") << withArray(QByteArray("\x93NUMPX\x01\x00", 8) + QByteArray(200, ' ')) << QStringLiteral("a.npy");
        QTest::newRow("npy shape needs more bytes") << withArray(testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000,), }", QByteArray(16, '\0'))) << QStringLiteral("8000");
        QTest::newRow("npy shape overflows") << withArray(testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296, 4), }", QByteArray())) << QStringLiteral("a.npy");
        QTest::newRow("npy object dtype") << withArray(testdata::npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", QByteArray(8, '\0'))) << QStringLiteral("a.npy");
        QTest::newRow("npy is a zip") << withArray(buildArchive({{QStringLiteral("x"), "y", false}})) << QStringLiteral("a.npy");
    }
    void badInputIsOneLineAndExitTwo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.skops"));
        QVERIFY(testdata::writeFile(path, bytes));
        for (const QString &command : {QStringLiteral("tree"), QStringLiteral("audit"), QStringLiteral("arrays")}) {
            const Run run = inspect({command, path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.startsWith(QStringLiteral("skops-inspect: ") + path + QStringLiteral(": ")), qPrintable(err));
            QCOMPARE(err.count(QLatin1Char('\n')), 1);
            QVERIFY2(err.contains(message), qPrintable(err));
            QVERIFY2(run.milliseconds < 2000, qPrintable(QString::number(run.milliseconds)));
        }
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        QVERIFY2(usage.ru_maxrss < 256 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
