// skops-explorer started as a user or the README does: files from the
// command line, and the offscreen screenshot.
#include "ArchiveBuilder.h"
#include "TestData.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExplorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int runExplorer(const QStringList &arguments, QByteArray *err = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SKOPS_EXPLORER_EXE), arguments);
        if (!process.waitForFinished(60'000))
            return -1;
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void screenshotOfACorpusModel()
    {
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        const QString model = testdata::dataDir() + QStringLiteral("/corpus/custom_untrusted_transformer.skops");
        QCOMPARE(runExplorer({QStringLiteral("--screenshot"), png, model}), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank picture: the window drew its tree and panels.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void unreadableFileFailsTheScreenshot()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.skops"));
        QVERIFY(testdata::writeFile(broken, QByteArray("not a zip")));
        QByteArray err;
        QCOMPARE(runExplorer({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")), broken}, &err), 2);
        QVERIFY(err.contains("broken.skops"));
    }

    void versionAndHelp()
    {
        QProcess process;
        process.start(QStringLiteral(SKOPS_EXPLORER_EXE), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("0."));
    }
};

QTEST_GUILESS_MAIN(TestExplorer)
#include "tst_explorer.moc"
