// The Warnings panel: filled off the GUI thread, stale results dropped, and
// activating a warning selects its node in the window's tree.
#include "ArchiveBuilder.h"
#include "SchemaText.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "RecentFiles.h"
#include "SkopsFile.h"
#include "WarningsPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace skops;
using namespace testdata::schema;

namespace {

// [1, <"2" hidden behind the id of 1>, "[bold]x[/bold]"]: two warnings,
// id-reused-with-other-content at /content/1 and markup-text at /content/2.
QByteArray schemaWithTwoWarnings()
{
    return q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [")
           + json("1", 5) + ", " + json("2", 5) + ", " + json("\\\"[bold]x[/bold]\\\"") + q("], 'protocol': 2}");
}

QByteArray schemaWithOneWarning()
{
    return q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [], 'protocol': 2}");
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, column)->text();
    return out;
}

void activate(QTableWidget *table, int row)
{
    table->setFocus();
    table->setCurrentCell(row, WarningsPanel::CodeColumn);
    QTest::keyClick(table, Qt::Key_Return);
}

} // namespace

class TestWarningsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &schema, const QList<testdata::ArchiveEntry> &members = {})
    {
        const QString path = m_dir.filePath(name);
        if (!testdata::writeFile(path, testdata::buildSkops(schema, members)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::shared_ptr<const SkopsFile> open(const QString &path)
    {
        auto file = SkopsFile::open(path);
        if (!file.ok())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(file.error().message));
        return file.value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_warningspanel"));
        QSettings().clear();
    }

    void listsTheWarningsAndActivationNamesThePath()
    {
        WarningsPanel panel;
        QSignalSpy finished(&panel, &WarningsPanel::finished);
        QSignalSpy activated(&panel, &WarningsPanel::pathActivated);
        panel.setFile(open(write(QStringLiteral("two.skops"), schemaWithTwoWarnings())));
        QVERIFY(panel.isChecking());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 2);
        QCOMPARE(column(panel.table(), WarningsPanel::CodeColumn),
                 (QStringList{QStringLiteral("id-reused-with-other-content"), QStringLiteral("markup-text")}));
        QCOMPARE(column(panel.table(), WarningsPanel::PathColumn),
                 (QStringList{QStringLiteral("/content/1"), QStringLiteral("/content/2")}));
        activate(panel.table(), 1);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("/content/2"));
    }

    void memberWarningHasNoPathToActivate()
    {
        WarningsPanel panel;
        QSignalSpy finished(&panel, &WarningsPanel::finished);
        QSignalSpy activated(&panel, &WarningsPanel::pathActivated);
        panel.setFile(open(write(QStringLiteral("extra.skops"), schemaWithOneWarning(),
                                 {{QStringLiteral("extra.bin"), "x", false}})));
        QVERIFY(finished.wait(20000));
        QCOMPARE(column(panel.table(), WarningsPanel::CodeColumn), QStringList{QStringLiteral("unreferenced-member")});
        QCOMPARE(column(panel.table(), WarningsPanel::PathColumn), QStringList{QStringLiteral("member extra.bin")});
        activate(panel.table(), 0);
        QCOMPARE(activated.size(), 0);
    }

    void aNewerFileDropsTheOlderResult()
    {
        WarningsPanel panel;
        QSignalSpy finished(&panel, &WarningsPanel::finished);
        panel.setFile(open(write(QStringLiteral("older.skops"), schemaWithTwoWarnings())));
        panel.setFile(open(write(QStringLiteral("newer.skops"), schemaWithOneWarning(),
                                 {{QStringLiteral("extra.bin"), "x", false}})));
        QVERIFY(finished.wait(20000));
        QTest::qWait(200); // the older job, if it reported, would have by now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(panel.count(), 1);
        QCOMPARE(panel.warnings().front().code, WarningCode::UnreferencedMember);
        panel.setFile(nullptr);
        QCOMPARE(panel.table()->rowCount(), 0);
        QVERIFY(!panel.isChecking());
    }

    void activatingAWarningSelectsItsNodeInTheWindow()
    {
        RecentFiles recent;
        MainWindow window(&recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::fileLoaded);
        QSignalSpy checked(window.warningsPanel(), &WarningsPanel::finished);
        window.openFile(write(QStringLiteral("window.skops"), schemaWithTwoWarnings()));
        QVERIFY(loaded.wait(20000));
        QVERIFY(checked.count() > 0 || checked.wait(20000));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("warningsDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Warnings (2)"));
        QVERIFY(dock->isVisible());
        QCOMPARE(window.treeView()->currentIndex().data(PathRole).toString(), QString());
        activate(window.warningsPanel()->table(), 0);
        QCOMPARE(window.treeView()->currentIndex().data(PathRole).toString(), QStringLiteral("/content/1"));
        activate(window.warningsPanel()->table(), 1);
        QCOMPARE(window.treeView()->currentIndex().data(PathRole).toString(), QStringLiteral("/content/2"));
    }

    // The dock comes up for a file with warnings, goes away for a file
    // without, and the status bar's count brings it back.
    void dockFollowsTheWarnings()
    {
        RecentFiles recent;
        MainWindow window(&recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("warningsDock"));
        QVERIFY(dock);
        const auto openAndCheck = [&](const QString &path) {
            QSignalSpy loaded(&window, &MainWindow::fileLoaded);
            QSignalSpy checked(window.warningsPanel(), &WarningsPanel::finished);
            window.openFile(path);
            return loaded.wait(20000) && (checked.count() > 0 || checked.wait(20000));
        };
        // [1, 2]: nothing to warn about.
        const QByteArray clean = q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', "
                                   "'content': [") + json("1") + ", " + json("2") + q("], 'protocol': 2}");
        QVERIFY(openAndCheck(write(QStringLiteral("clean.skops"), clean)));
        QCOMPARE(window.warningsPanel()->count(), 0);
        QVERIFY(!dock->isVisible());

        QVERIFY(openAndCheck(write(QStringLiteral("warned.skops"), schemaWithTwoWarnings())));
        QVERIFY(dock->isVisible());
        dock->close();
        QVERIFY(!dock->isVisible());
        QLabel *count = nullptr;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String(">2 structural warning")))
                count = label;
        }
        QVERIFY(count);
        emit count->linkActivated(QStringLiteral("#warnings"));
        QVERIFY(dock->isVisible());

        QVERIFY(openAndCheck(write(QStringLiteral("clean2.skops"), clean)));
        QVERIFY(!dock->isVisible());
    }
};

QTEST_MAIN(TestWarningsPanel)
#include "tst_warningspanel.moc"
