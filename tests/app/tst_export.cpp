// skops-inspect export as a user or a script runs it: the written archive
// read back through QuaZip, the --report JSON, exit codes and one-line
// errors, and failures that must leave every file as it was.
#include "ArchiveBuilder.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <csignal>
#include <sys/resource.h>

#include <functional>

namespace {

using Run = testdata::InspectRun;
using testdata::inspect;

struct Member {
    QString name;
    quint16 method = 0;
    QByteArray bytes;
};

// The archive as QuaZip reads it, independently of the project's reader.
QList<Member> readMembers(const QString &path)
{
    QList<Member> members;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return members;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        members.append(Member{info.name, info.method, file.readAll()});
    }
    return members;
}

QByteArray memberBytes(const QString &path, const QString &name)
{
    for (const Member &member : readMembers(path)) {
        if (member.name == name)
            return member.bytes;
    }
    return QByteArray();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

nlohmann::json schemaOf(const QString &path)
{
    const QByteArray bytes = memberBytes(path, QStringLiteral("schema.json"));
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

nlohmann::json logregOracle()
{
    return testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/logreg_iris.json"));
}

QString arrayMember(const nlohmann::json &oracle, const std::string &path)
{
    for (const auto &array : oracle["arrays"]) {
        if (array["path"] == path)
            return QString::fromStdString(array["file"].get<std::string>());
    }
    return QString();
}

bool isOneErrorLine(const QByteArray &err, const QString &file)
{
    return err.startsWith((QStringLiteral("skops-inspect: ") + file + QStringLiteral(": ")).toUtf8())
           && err.endsWith('\n')
           && err.count('\n') == 1;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    QStringList leftovers(const QString &prefix) const
    {
        return QDir(m_dir.path()).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    }

private slots:
    void exportWithoutEditsKeepsEveryByte()
    {
        const QString in = corpusPath(QStringLiteral("pipeline_scaler_svc"));
        const QString out = tempPath(QStringLiteral("plain.skops"));
        const Run run = inspect({QStringLiteral("export"), in, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith((out + QStringLiteral(": protocol 2")).toUtf8()));
        const QList<Member> before = readMembers(in);
        const QList<Member> after = readMembers(out);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.last().name, QStringLiteral("schema.json"));
        for (const Member &member : after) {
            QCOMPARE(member.method, quint16(0));
            QCOMPARE(member.bytes, memberBytes(in, member.name));
        }
    }

    void deflateCompressesEveryMember()
    {
        const QString in = corpusPath(QStringLiteral("logreg_iris"));
        const QString out = tempPath(QStringLiteral("deflated.skops"));
        const Run run = inspect({QStringLiteral("export"), in, out, QStringLiteral("--deflate")});
        QCOMPARE(run.exitCode, 0);
        const QList<Member> after = readMembers(out);
        QCOMPARE(after.size(), 5);
        for (const Member &member : after) {
            QCOMPARE(member.method, quint16(8));
            QCOMPARE(member.bytes, memberBytes(in, member.name));
        }
        QVERIFY(QFileInfo(out).size() < QFileInfo(in).size());
    }

    void editsApplyInOrderAndAreReported()
    {
        const QString in = corpusPath(QStringLiteral("logreg_iris"));
        const QString out = tempPath(QStringLiteral("edited.skops"));
        const QString reportPath = tempPath(QStringLiteral("edited.json"));
        const Run run = inspect({QStringLiteral("export"), in, out,
                                 QStringLiteral("--drop"), QStringLiteral("/content/content/coef_"),
                                 QStringLiteral("--set"), QStringLiteral("/content/content/n_jobs=4"),
                                 QStringLiteral("--null"), QStringLiteral("/content/content/multi_class"),
                                 QStringLiteral("--set"), QStringLiteral("/content/content/solver=\"sag\""),
                                 QStringLiteral("--report"), reportPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());

        const nlohmann::json schema = schemaOf(out);
        const nlohmann::json &attributes = schema["content"]["content"];
        QVERIFY(!attributes.contains("coef_"));
        QCOMPARE(attributes["n_jobs"]["content"].get<std::string>(), std::string("4"));
        QVERIFY(!attributes["n_jobs"].contains("__id__"));
        QCOMPARE(attributes["multi_class"]["content"].get<std::string>(), std::string("null"));
        QCOMPARE(attributes["solver"]["content"].get<std::string>(), std::string("\"sag\""));
        // Unedited neighbours keep their values and ids (class_weight shares n_jobs' old null).
        QCOMPARE(attributes["class_weight"]["content"].get<std::string>(), std::string("null"));
        QCOMPARE(attributes["class_weight"]["__id__"].get<long long>(), 9804992LL);
        QCOMPARE(attributes["C"]["content"].get<std::string>(), std::string("1.0"));
        QCOMPARE(schema["content"]["key_types"]["content"].size(), attributes.size());

        const QString coefMember = arrayMember(logregOracle(), "/content/content/coef_");
        QVERIFY(!coefMember.isEmpty());
        QVERIFY(memberBytes(out, coefMember).isEmpty());

        const nlohmann::json report = testdata::readJsonFile(reportPath);
        QVERIFY(report["mode"] == "cleaned");
        QVERIFY(report["output_protocol"] == 2);
        QVERIFY(report["members"].size() == 4);
        std::vector<std::string> editedPaths;
        bool coefRemoved = false;
        for (const auto &change : report["changes"]) {
            if (change["kind"] == "edited")
                editedPaths.push_back(change["path"].get<std::string>());
            if (change["kind"] == "member_removed" && change["member"] == coefMember.toStdString())
                coefRemoved = true;
        }
        QCOMPARE(editedPaths, (std::vector<std::string>{"/content/content/coef_", "/content/content/n_jobs",
                                                         "/content/content/multi_class",
                                                         "/content/content/solver"}));
        QVERIFY(coefRemoved);
        QVERIFY(run.out.contains("/content/content/n_jobs"));
    }

    void exportingOverTheInput()
    {
        const QString path = tempPath(QStringLiteral("in-place.skops"));
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("logreg_iris")), path));
        const Run run = inspect({QStringLiteral("export"), path, path, QStringLiteral("--set"),
                                 QStringLiteral("/content/content/verbose=2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(schemaOf(path)["content"]["content"]["verbose"]["content"].get<std::string>(), std::string("2"));
        const QString coefMember = arrayMember(logregOracle(), "/content/content/coef_");
        QCOMPARE(memberBytes(path, coefMember), memberBytes(corpusPath(QStringLiteral("logreg_iris")), coefMember));
        QCOMPARE(leftovers(QStringLiteral("in-place.skops")), QStringList{QStringLiteral("in-place.skops")});
    }

    void unwritableTargetsFailCleanly_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("inside a regular file") << QStringLiteral("regular-file/out.skops");
        QTest::newRow("missing folder") << QStringLiteral("missing/out.skops");
        QTest::newRow("a folder") << QStringLiteral("folder");
    }
    void unwritableTargetsFailCleanly()
    {
        // No chmod: as root (CI) a read-only folder would still be writable.
        QFETCH(QString, target);
        QVERIFY(testdata::writeFile(tempPath(QStringLiteral("regular-file")), "keep me"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
        const QString in = tempPath(QStringLiteral("source.skops"));
        QFile::remove(in);
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("kmeans_blobs")), in));
        const QByteArray original = readFile(in);
        const QString out = tempPath(target);
        const Run run = inspect({QStringLiteral("export"), in, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneErrorLine(run.err, out), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readFile(in), original);
        QCOMPARE(readFile(tempPath(QStringLiteral("regular-file"))), QByteArray("keep me"));
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("missing"))));
        QVERIFY(QDir(tempPath(QStringLiteral("folder"))).isEmpty());
    }

    void aFullDiskLeavesNoFile()
    {
        // The child may write at most 8 KiB per file: writes fail as on a full disk.
        const QString in = corpusPath(QStringLiteral("logreg_iris"));
        const QString out = tempPath(QStringLiteral("full.skops"));
        const Run run = inspect({QStringLiteral("export"), in, out}, [] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 8192;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneErrorLine(run.err, out), run.err.constData());
        QVERIFY(run.err.contains("failed"));
        QVERIFY(leftovers(QStringLiteral("full.skops")).isEmpty());
    }

    void inputProblemsNameTheInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing input") << QStringLiteral("no-such.skops") << QStringList()
                                       << QStringLiteral("does not exist");
        QTest::newRow("no such path") << corpusPath(QStringLiteral("logreg_iris"))
                                      << QStringList{QStringLiteral("--set"), QStringLiteral("/content/nope=1")}
                                      << QStringLiteral("/content/nope");
        QTest::newRow("not a primitive") << corpusPath(QStringLiteral("logreg_iris"))
                                         << QStringList{QStringLiteral("--set"), QStringLiteral("/content/content/coef_=1")}
                                         << QStringLiteral("primitive");
        QTest::newRow("generator without seed sequence")
            << corpusPath(QStringLiteral("protocol1_numpy_random")) << QStringList()
            << QStringLiteral("/content/generator");
    }
    void inputProblemsNameTheInput()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        const QString in = input.contains(QLatin1Char('/')) ? input : tempPath(input);
        const QString out = tempPath(QStringLiteral("never.skops"));
        const Run run = inspect(QStringList{QStringLiteral("export"), in, out} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneErrorLine(run.err, in), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void badArgumentsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no output") << QStringList{QStringLiteral("export"), corpusPath(QStringLiteral("logreg_iris"))};
        QTest::newRow("set without =") << QStringList{QStringLiteral("export"), corpusPath(QStringLiteral("logreg_iris")),
                                                      tempPath(QStringLiteral("never.skops")), QStringLiteral("--set"),
                                                      QStringLiteral("/content/content/C")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), corpusPath(QStringLiteral("logreg_iris")),
                                                       tempPath(QStringLiteral("never.skops")), QStringLiteral("--frobnicate")};
    }
    void badArgumentsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        const Run run = inspect(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("skops-inspect: "));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(tempPath(QStringLiteral("never.skops"))));
    }

    void anUnwritableReportStopsBeforeWriting()
    {
        QVERIFY(testdata::writeFile(tempPath(QStringLiteral("report-blocker")), "x"));
        const QString out = tempPath(QStringLiteral("not-written.skops"));
        const QString reportPath = tempPath(QStringLiteral("report-blocker/report.json"));
        const Run run = inspect({QStringLiteral("export"), corpusPath(QStringLiteral("logreg_iris")), out,
                                 QStringLiteral("--report"), reportPath});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneErrorLine(run.err, reportPath), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void helpListsTheCommand()
    {
        const Run top = inspect({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("export IN OUT"));
        const Run help = inspect({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--deflate", "--set", "--drop", "--null", "--report"})
            QVERIFY2(help.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
