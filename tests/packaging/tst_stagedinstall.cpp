// The installation as a desktop sees it: `cmake --install` into a temporary
// prefix, the MIME and desktop caches rebuilt there as Debian's triggers do,
// and then xdg-mime and QMimeDatabase asked with only that prefix's data
// folders (and empty user folders, so no setting of the user's can answer).
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cstdio>

namespace {

const QString kAppId = QStringLiteral(SKOPS_APP_ID);
const QString kMimeType = QStringLiteral("application/x-skops");
// Run as a child with the staged XDG folders: prints what QMimeDatabase says about a file.
const char kMimeProbe[] = "--mime-probe";

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    result.started = process.waitForStarted(30000);
    if (!result.started || !process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

QByteArray describe(const QString &program, const ProcessResult &result)
{
    return QStringLiteral("%1: started %2, exit %3\nstdout: %4\nstderr: %5")
        .arg(program)
        .arg(result.started)
        .arg(result.exitCode)
        .arg(result.out, result.err)
        .toLocal8Bit();
}

// The keys of the [Desktop Entry] group of a desktop file.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QStringLiteral("[Desktop Entry]");
        else if (inEntry && line.contains(QLatin1Char('=')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return entry;
}

int printMimeType(const QString &path)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    const QString report = QStringList { type.name(), type.parentMimeTypes().join(QLatin1Char(',')),
        type.iconName(), type.comment() }
                               .join(QLatin1Char('\n'));
    std::fputs(report.toUtf8().constData(), stdout);
    return 0;
}

} // namespace

class TestStagedInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_prefix;
    QString m_model; // a real .skops file, copied where no other name can hint at its type
    QProcessEnvironment m_env;

    QString share(const QString &relative) const
    {
        return m_prefix + QStringLiteral("/share/") + relative;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_prefix = m_root.filePath(QStringLiteral("prefix"));
        const QString cmake = QStringLiteral(SKOPS_CMAKE_COMMAND);
        const ProcessResult install = run(cmake,
            { QStringLiteral("--install"), QStringLiteral(SKOPS_BUILD_DIR),
                QStringLiteral("--prefix"), m_prefix });
        QVERIFY2(install.exitCode == 0, describe(cmake, install));

        // What the shared-mime-info and desktop-file-utils triggers do after dpkg installs the
        // package.
        const ProcessResult mime
            = run(QStringLiteral("update-mime-database"), { share(QStringLiteral("mime")) });
        QVERIFY2(mime.exitCode == 0, describe(QStringLiteral("update-mime-database"), mime));
        const ProcessResult desktop = run(
            QStringLiteral("update-desktop-database"), { share(QStringLiteral("applications")) });
        QVERIFY2(
            desktop.exitCode == 0, describe(QStringLiteral("update-desktop-database"), desktop));

        for (const char *folder : { "data-home", "config-home", "config-dirs", "files" })
            QVERIFY(QDir(m_root.path()).mkpath(QLatin1String(folder)));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_DATA_DIRS"), m_prefix + QStringLiteral("/share"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data-home")));
        m_env.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config-home")));
        m_env.insert(
            QStringLiteral("XDG_CONFIG_DIRS"), m_root.filePath(QStringLiteral("config-dirs")));
        // xdg-mime's desktop-neutral method: the shared MIME database and mimeapps/mimeinfo.cache.
        m_env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("X-Generic"));

        m_model = m_root.filePath(QStringLiteral("files/model.skops"));
        QVERIFY(QFile::copy(
            testdata::dataDir() + QStringLiteral("/corpus/pipeline_scaler_svc.skops"), m_model));
    }

    void installsBothExecutables()
    {
        for (const char *name : { "skops-explorer", "skops-inspect" }) {
            const QFileInfo program(m_prefix + QStringLiteral("/bin/") + QLatin1String(name));
            QVERIFY2(program.isFile() && program.isExecutable(), qPrintable(program.filePath()));
        }
        const QString inspect = m_prefix + QStringLiteral("/bin/skops-inspect");
        const ProcessResult version = run(inspect, { QStringLiteral("--version") });
        QVERIFY2(version.exitCode == 0, describe(inspect, version));
        QVERIFY2(version.out.contains(QStringLiteral(SKOPS_VERSION)), qPrintable(version.out));
    }

    // System libraries only: a library search path in the programs would
    // make the loader look in other folders first (lintian's
    // custom-library-search-path).
    void programsCarryNoLibrarySearchPath()
    {
        for (const char *name : { "skops-explorer", "skops-inspect" }) {
            const QString program = m_prefix + QStringLiteral("/bin/") + QLatin1String(name);
            const ProcessResult dynamic = run(QStringLiteral("readelf"), { QStringLiteral("--dynamic"), program });
            QVERIFY2(dynamic.exitCode == 0, describe(QStringLiteral("readelf"), dynamic));
            QVERIFY2(dynamic.out.contains(QLatin1String("(NEEDED)")), qPrintable(dynamic.out));
            QVERIFY2(!dynamic.out.contains(QLatin1String("RUNPATH")) && !dynamic.out.contains(QLatin1String("RPATH")),
                     qPrintable(dynamic.out));
        }
    }

    void xdgMimeKnowsTheFileType()
    {
        const ProcessResult type = run(QStringLiteral("xdg-mime"),
            { QStringLiteral("query"), QStringLiteral("filetype"), m_model }, m_env);
        QVERIFY2(type.exitCode == 0, describe(QStringLiteral("xdg-mime"), type));
        QCOMPARE(type.out, kMimeType);
    }

    void xdgMimeOpensItWithTheExplorer()
    {
        const ProcessResult handler = run(QStringLiteral("xdg-mime"),
            { QStringLiteral("query"), QStringLiteral("default"), kMimeType }, m_env);
        QVERIFY2(handler.exitCode == 0, describe(QStringLiteral("xdg-mime"), handler));
        QCOMPARE(handler.out, kAppId + QStringLiteral(".desktop"));
    }

    void qtResolvesTheFileTypeAndItsParent_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("comment");
        QTest::newRow("en") << QStringLiteral("C.UTF-8")
                            << QStringLiteral("scikit-learn model (skops)");
        QTest::newRow("de") << QStringLiteral("de_DE.UTF-8")
                            << QStringLiteral("scikit-learn-Modell (skops)");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8")
                            << QStringLiteral("modèle scikit-learn (skops)");
    }

    void qtResolvesTheFileTypeAndItsParent()
    {
        QFETCH(QString, locale);
        QFETCH(QString, comment);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
        const QString self = QCoreApplication::applicationFilePath();
        const ProcessResult probe = run(self, { QLatin1String(kMimeProbe), m_model }, env);
        QVERIFY2(probe.exitCode == 0, describe(self, probe));
        const QStringList lines = probe.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), kMimeType);
        QCOMPARE(lines.value(1), QStringLiteral("application/zip"));
        QCOMPARE(lines.value(2), QStringLiteral("application-x-skops"));
        QCOMPARE(lines.value(3), comment);
    }

    void desktopFileStartsTheExplorerOnTheFile()
    {
        const QString path = share(QStringLiteral("applications/%1.desktop").arg(kAppId));
        const ProcessResult validate = run(QStringLiteral("desktop-file-validate"), { path });
        QVERIFY2(
            validate.exitCode == 0, describe(QStringLiteral("desktop-file-validate"), validate));

        const QHash<QString, QString> entry = desktopEntry(path);
        QCOMPARE(
            entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts),
            QStringList { kMimeType });
        QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
        QStringList exec
            = entry.value(QStringLiteral("Exec")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(exec, (QStringList { QStringLiteral("skops-explorer"), QStringLiteral("%F") }));

        // What a file manager does on double-click: the program from the prefix's bin folder,
        // %F replaced by the file. --screenshot exits 0 only once the file has loaded. The
        // empty config folders keep the run out of the user's recent files.
        const QString program = m_prefix + QStringLiteral("/bin/") + exec.takeFirst();
        const QString picture = m_root.filePath(QStringLiteral("opened.png"));
        exec.replace(exec.indexOf(QStringLiteral("%F")), m_model);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const ProcessResult opened
            = run(program, QStringList { QStringLiteral("--screenshot"), picture } + exec, env);
        QVERIFY2(opened.exitCode == 0, describe(program, opened));
        QVERIFY(QImageReader(picture).canRead());
    }

    void installsTheIconsInEverySize()
    {
        const QStringList sizes { QStringLiteral("16"), QStringLiteral("24"), QStringLiteral("32"),
            QStringLiteral("48"), QStringLiteral("64"), QStringLiteral("128"),
            QStringLiteral("256") };
        const QList<std::pair<QString, QString>> icons { { QStringLiteral("apps"), kAppId },
            { QStringLiteral("mimetypes"), QStringLiteral("application-x-skops") } };
        for (const auto &[context, name] : icons) {
            QVERIFY(QFileInfo::exists(
                share(QStringLiteral("icons/hicolor/scalable/%1/%2.svg").arg(context, name))));
            for (const QString &size : sizes) {
                const QString png = share(
                    QStringLiteral("icons/hicolor/%1x%1/%2/%3.png").arg(size, context, name));
                QImageReader reader(png);
                QVERIFY2(reader.canRead(), qPrintable(png));
                QCOMPARE(reader.size(), QSize(size.toInt(), size.toInt()));
            }
        }
    }

    void installsValidAppStreamMetadata()
    {
        const QString path = share(QStringLiteral("metainfo/%1.metainfo.xml").arg(kAppId));
        const ProcessResult validate = run(QStringLiteral("appstreamcli"),
            { QStringLiteral("validate"), QStringLiteral("--no-net"), path });
        QVERIFY2(validate.exitCode == 0, describe(QStringLiteral("appstreamcli"), validate));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QString newestRelease;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QStringLiteral("id"))
                id = xml.readElementText();
            else if (xml.name() == QStringLiteral("launchable"))
                launchable = xml.readElementText();
            else if (xml.name() == QStringLiteral("release") && newestRelease.isEmpty())
                newestRelease = xml.attributes().value(QStringLiteral("version")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
        // The release list must grow with the CMake project version.
        QCOMPARE(newestRelease, QStringLiteral(SKOPS_VERSION));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kMimeProbe) == 0)
        return printMimeType(QString::fromLocal8Bit(argv[2]));
    TestStagedInstall test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_stagedinstall.moc"
