// Help ▸ About: the versions it shows are the ones CMake, Qt and the
// profile files themselves state, read here independently of the dialog.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "TestData.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

namespace {

// The dialog's text as the user reads it, without markup.
QString shownText(const AboutDialog &dialog)
{
    QTextDocument document;
    document.setHtml(dialog.versionsLabel()->text());
    return document.toPlainText();
}

// The row of a table in the shown text whose first cell starts with `name`:
// plain text puts each cell on a line of its own. Empty if there is none.
QStringList tableRow(const QString &text, const QString &name)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(name))
            return { lines.at(i), lines.at(i + 1) };
    }
    return {};
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
        QSettings().clear();
    }

    void showsApplicationQtAndQuaZipVersions()
    {
        AboutDialog dialog(QStringLiteral("numpy2-sklearn1.4"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = shownText(dialog);
        QVERIFY2(text.contains(QStringLiteral("Skops Explorer " SKOPS_VERSION)), qPrintable(text));
        QCOMPARE(tableRow(text, QStringLiteral("Qt")),
            (QStringList { QStringLiteral("Qt"),
                QStringLiteral("%1 (built with %2)")
                    .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) }));
        // The version find_package(QuaZip-Qt6) reported to CMake.
        QCOMPARE(tableRow(text, QStringLiteral("QuaZip")),
            (QStringList { QStringLiteral("QuaZip"), QStringLiteral(SKOPS_TEST_QUAZIP_VERSION) }));
    }

    void showsTheEnvironmentBehindEachProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("numpy1") << QStringLiteral("numpy1-sklearn1.2");
        QTest::newRow("numpy2") << QStringLiteral("numpy2-sklearn1.4");
    }

    void showsTheEnvironmentBehindEachProfile()
    {
        QFETCH(QString, profile);
        const nlohmann::json metadata
            = testdata::readJsonFile(QStringLiteral(SKOPS_TEST_PROFILE_DIR "/%1.json").arg(profile))
                  .at("metadata");
        const auto version = [&metadata](const char *key) {
            return QString::fromStdString(metadata.at(key).get<std::string>());
        };

        AboutDialog dialog(QStringLiteral("numpy2-sklearn1.4"));
        const QStringList row = tableRow(shownText(dialog), profile);
        QCOMPARE(row.size(), 2);
        const QString &versions = row.at(1);
        QVERIFY2(versions.contains(QStringLiteral("scikit-learn %1").arg(version("sklearn"))),
            qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral("numpy %1").arg(version("numpy"))),
            qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral("scipy %1").arg(version("scipy"))),
            qPrintable(versions));
        // Only the profile in use is marked.
        QCOMPARE(row.at(0).contains(QStringLiteral("(in use)")),
            profile == QStringLiteral("numpy2-sklearn1.4"));
    }

    void helpMenuOpensIt()
    {
        RecentFiles recent;
        MainWindow window(&recent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(shownText(*dialog).contains(QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
