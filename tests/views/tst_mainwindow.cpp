// The explorer window as a user drives it: opening, selecting, filtering,
// a broken file, recent files, and the diagram and tree kept in step.
#include "ArchiveBuilder.h"
#include "DetailsPanel.h"
#include "EditSession.h"
#include "EstimatorDiagramView.h"
#include "ExportController.h"
#include "ExportEdit.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "NodeFilterProxy.h"
#include "ParameterTableModel.h"
#include "ParametersView.h"
#include "RecentFiles.h"
#include "SearchBar.h"
#include "SkopsTreeModel.h"
#include "TestData.h"
#include "TrustApprovalDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace skops;

namespace {

QString corpusPath(const char *corpus, const char *stem)
{
    return testdata::dataDir() + QStringLiteral("/%1/%2.skops").arg(QLatin1String(corpus), QLatin1String(stem));
}

bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::fileLoaded);
    window.openFile(path);
    return loaded.wait(20000);
}

// Checks every name in the approval dialog that opening a file with
// untrusted types brings up, and approves them for that file.
void approveEveryNameForFile(MainWindow &window)
{
    TrustApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TrustApprovalDialog *>()) != nullptr && dialog->isVisible());
    QTableWidget *table = dialog->nameTable();
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, TrustApprovalDialog::NameColumn)->setCheckState(Qt::Checked);
    dialog->button(TrustApprovalDialog::ApproveForFile)->click();
}

QString currentPath(const MainWindow &window)
{
    return window.treeView()->currentIndex().data(PathRole).toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RecentFiles *m_recent = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        m_recent = new RecentFiles(this);
    }

    void opensAFileIntoTheTree()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(openAndWait(window, corpusPath("corpus", "custom_untrusted_transformer")));
        // "[*]" is where the modified mark goes; Qt shows it only when modified.
        QCOMPARE(window.windowTitle(), QStringLiteral("custom_untrusted_transformer.skops[*] — Skops Explorer"));
        QVERIFY(!window.isWindowModified());
        const QAbstractItemModel *model = window.treeView()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("root"));
        QCOMPARE(root.siblingAtColumn(SkopsTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.pipeline.Pipeline"));
        // The oracle: two untrusted types.
        QCOMPARE(window.treeModel()->audit().untrustedTypes().size(), std::size_t(2));
        QVERIFY(m_recent->files().contains(corpusPath("corpus", "custom_untrusted_transformer")));
    }

    void untrustedFileAsksAndCancelClosesIt()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(openAndWait(window, corpusPath("corpus", "custom_untrusted_transformer")));
        TrustApprovalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<TrustApprovalDialog *>()) != nullptr && dialog->isVisible());
        // The oracle's two names are listed.
        QCOMPARE(dialog->nameTable()->rowCount(), 2);
        dialog->button(TrustApprovalDialog::CancelOpening)->click();
        QTRY_VERIFY(!window.currentFile());
        QCOMPARE(window.windowTitle(), QStringLiteral("Skops Explorer"));
        QCOMPARE(window.treeView()->model()->rowCount(), 0);
    }

    void approvingEveryNameLeavesNothingUntrusted()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(openAndWait(window, corpusPath("corpus", "custom_untrusted_transformer")));
        approveEveryNameForFile(window);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(window.treeModel()->audit().untrustedTypes().empty());
        QCOMPARE(window.treeModel()->approvedNames(),
                 (std::set<std::string>{"corpus_custom.MyTransformer", "corpus_custom.Settings"}));
        QCOMPARE(window.treeView()->model()->index(0, 0).data(TrustStateRole).toInt(), int(TrustState::Trusted));
    }

    void editsMarkTheWindowModifiedAndUndoClearsIt()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(openAndWait(window, corpusPath("corpus", "logreg_iris")));
        QVERIFY(window.exporter()->session()->push(skops::ExportEdit::setValue(QStringLiteral("/content/content/C"), QStringLiteral("2.0"))).ok());
        QVERIFY(window.isWindowModified());
        // The tree shows the pending value.
        QVERIFY(window.selectPath(QStringLiteral("/content/content/C")));
        QCOMPARE(window.treeView()->currentIndex().siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("✎ 2.0"));
        window.exporter()->undoAction()->trigger();
        QVERIFY(!window.isWindowModified());
        window.exporter()->redoAction()->trigger();
        QVERIFY(window.isWindowModified());
    }

    void saveAsShowsTheSavedFile()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        const QString original = corpusPath("corpus", "custom_untrusted_transformer");
        QVERIFY(openAndWait(window, original));
        approveEveryNameForFile(window);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(window.findChild<TrustApprovalDialog *>() == nullptr);

        const QString c = QStringLiteral("/content/content/steps/content/1/content/1/content/content/C");
        QVERIFY(window.exporter()->session()->push(ExportEdit::setValue(c, QStringLiteral("2.0"))).ok());
        QVERIFY(window.selectPath(c));
        QVERIFY(window.isWindowModified());

        const QString target = m_dir.filePath(QStringLiteral("saved.skops"));
        QSignalSpy loaded(&window, &MainWindow::fileLoaded);
        window.exporter()->saveAs(target);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toString(), target);

        // The window now stands for the saved file, read back from disk: the
        // value is the file's own (no pending-edit mark), nothing to undo.
        QCOMPARE(window.currentPath(), target);
        QCOMPARE(window.windowTitle(), QStringLiteral("saved.skops[*] — Skops Explorer"));
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.exporter()->undoAction()->isEnabled());
        QVERIFY(m_recent->files().contains(target));
        QCOMPARE(currentPath(window), c);
        QCOMPARE(window.treeView()->currentIndex().siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("2.0"));
        // The approvals made for the original carry over without asking again.
        QCOMPARE(window.treeModel()->approvedNames(),
                 (std::set<std::string>{"corpus_custom.MyTransformer", "corpus_custom.Settings"}));
        QVERIFY(window.treeModel()->audit().untrustedTypes().empty());
        QTest::qWait(50);
        QVERIFY(window.findChild<TrustApprovalDialog *>() == nullptr);

        // Export Cleaned leaves the window on the file it shows.
        QSignalSpy finished(window.exporter(), &ExportController::saveFinished);
        window.exporter()->exportCleaned(m_dir.filePath(QStringLiteral("cleaned.skops")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QTest::qWait(50);
        QCOMPARE(window.currentPath(), target);
    }

    void selectingAnEstimatorFillsItsParameters()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(openAndWait(window, corpusPath("corpus", "logreg_iris")));
        QVERIFY(window.selectPath(QStringLiteral("")));
        QCOMPARE(currentPath(window), QString());
        // Its parameters are exactly scikit-learn 1.2's LogisticRegression
        // constructor parameters (the defaults file lists them).
        const auto defaults = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/sklearn-defaults.json"));
        const auto &expected = defaults["estimators"]["sklearn.linear_model._logistic.LogisticRegression"];
        const QAbstractItemModel *parameters = window.detailsPanel()->parameters()->table()->model();
        QCOMPARE(std::size_t(parameters->rowCount()), expected.size());
        QStringList names;
        for (int row = 0; row < parameters->rowCount(); ++row)
            names << parameters->index(row, 0).data().toString();
        for (const auto &[name, value] : expected.items())
            QVERIFY2(names.contains(QString::fromStdString(name)), name.c_str());

        // Selecting a fitted array shows it in the array tab.
        QVERIFY(window.selectPath(QStringLiteral("/content/content/coef_")));
        QCOMPARE(currentPath(window), QStringLiteral("/content/content/coef_"));
        QCOMPARE(window.detailsPanel()->currentIndex(), 3);
    }

    void filterKeepsMatchesAndTheirAncestors()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(openAndWait(window, corpusPath("corpus-np2", "pipeline_scaler_svc")));
        auto *filter = qobject_cast<NodeFilterProxy *>(window.treeView()->model());
        QVERIFY(filter);
        window.searchBar()->lineEdit()->setText(QStringLiteral("support_vectors_"));
        QTRY_VERIFY_WITH_TIMEOUT(filter->isFiltering(), 5000);
        // One match: the SVC's support_vectors_, reached through the steps.
        QModelIndex at = window.treeView()->model()->index(0, 0);
        QStringList keys;
        while (window.treeView()->model()->rowCount(at) == 1) {
            at = window.treeView()->model()->index(0, 0, at);
            keys << at.data().toString();
        }

        QCOMPARE(keys.last(), QStringLiteral("support_vectors_"));
        QCOMPARE(window.treeView()->model()->rowCount(at), 0);
        window.searchBar()->lineEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!filter->isFiltering(), 5000);
    }

    void brokenFileShowsAnErrorAndTheWindowStaysUsable()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        const QString broken = m_dir.filePath(QStringLiteral("broken.skops"));
        QVERIFY(testdata::writeFile(broken, QByteArray("definitely not a zip archive").repeated(20)));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openFile(broken);
        QVERIFY(failed.wait(10000));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("broken.skops")));
        QVERIFY(box->text().contains(QLatin1String("not a ZIP archive")));
        box->close();
        QTRY_VERIFY(window.findChild<QMessageBox *>() == nullptr);
        QVERIFY(openAndWait(window, corpusPath("corpus", "kmeans_blobs")));
        QCOMPARE(window.treeView()->model()->rowCount(), 1);
    }

    void diagramAndTreeSelectEachOther()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, corpusPath("corpus", "pipeline_scaler_svc")));
        skops::EstimatorDiagramView *diagram = window.detailsPanel()->diagram();
        window.detailsPanel()->setCurrentWidget(diagram);
        // The SVC step: the second (name, estimator) tuple of steps.
        const QString svc = QStringLiteral("/content/content/steps/content/1/content/1");
        const QRectF box = diagram->boxSceneRect(svc);
        QVERIFY(!box.isEmpty());
        diagram->ensureVisible(box);
        QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, diagram->mapFromScene(box.center()));
        QTRY_COMPARE(currentPath(window), svc);
        const QString scaler = QStringLiteral("/content/content/steps/content/0/content/1");
        QVERIFY(window.selectPath(scaler));
        QCOMPARE(diagram->selectedPath(), scaler);
    }

    void droppedFilesOpen()
    {
        MainWindow window(m_recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy others(&window, &MainWindow::openInNewWindowRequested);
        QSignalSpy loaded(&window, &MainWindow::fileLoaded);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(corpusPath("corpus", "pca_iris")),
                      QUrl::fromLocalFile(corpusPath("corpus", "kmeans_blobs"))});
        QVERIFY(window.acceptDrops());
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        window.openDroppedUrls(mime.urls());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.currentPath(), corpusPath("corpus", "pca_iris"));
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().first().toStringList(), QStringList{corpusPath("corpus", "kmeans_blobs")});
    }

    void recentFilesDropVanishedFiles()
    {
        const QString temporary = m_dir.filePath(QStringLiteral("gone.skops"));
        QVERIFY(QFile::copy(corpusPath("corpus", "pca_iris"), temporary));
        m_recent->add(temporary);
        QCOMPARE(m_recent->files().first(), temporary);
        QFile::remove(temporary);
        QVERIFY(!m_recent->files().contains(temporary));
        QStringList copies;
        for (int i = 0; i < RecentFiles::kMaximum + 3; ++i) {
            copies << m_dir.filePath(QStringLiteral("copy%1.skops").arg(i));
            QVERIFY(QFile::copy(corpusPath("corpus", "pca_iris"), copies.last()));
            m_recent->add(copies.last());
        }
        const QStringList listed = m_recent->files();
        QCOMPARE(listed.size(), RecentFiles::kMaximum);
        QCOMPARE(listed.first(), copies.last());
        QVERIFY(!listed.contains(copies.first()));
    }

    void layoutIsRestored()
    {
        QList<int> sizes;
        {
            MainWindow window(m_recent);
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>();
            splitter->setSizes({300, 900});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again(m_recent);
        again.setAttribute(Qt::WA_DeleteOnClose, false);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
