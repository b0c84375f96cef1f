// Save As and Export Cleaned as the explorer runs them: in the background,
// with the edits of the window's session, undo and redo through the
// actions, a failing target, and the question on closing. Written files are
// read back and compared with skops' oracles and with the input archive
// read through QuaZip.
#include "Audit.h"
#include "EditSession.h"
#include "ExportController.h"
#include "ExportReportDialog.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"
#include "TestData.h"
#include "TrustProfile.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <quazip.h>
#include <quazipfile.h>

using namespace skops;
using testdata::CorpusFile;
using testdata::toStrings;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

const QString kMaxIter = QStringLiteral("/content/content/max_iter");
const QString kCoef = QStringLiteral("/content/content/coef_");

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

nlohmann::json oracleOf(const QString &stem)
{
    return testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/") + stem
                                  + QStringLiteral(".json"));
}

// Member names and compression methods, read with QuaZip.
QMap<QString, int> membersOf(const QString &path)
{
    QMap<QString, int> members;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return members;
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
        members.insert(info.name, info.method);
    return members;
}

// The `content` text of the JsonNode at `path` in a written file.
QString jsonNodeContent(const SkopsFile &file, const QString &path)
{
    const JsonDocument &doc = file.schema();
    return doc.qstring(doc.member(doc.resolve(path), "content"));
}

QString memberOfArray(const nlohmann::json &oracle, const QString &path)
{
    for (const auto &array : oracle["arrays"]) {
        if (QString::fromStdString(array["path"].get<std::string>()) == path)
            return QString::fromStdString(array["file"].get<std::string>());
    }
    return QString();
}

// Clicks `button` of the next message box that shows up modally.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A window, its tree model and the controller, with a file opened.
    struct Fixture {
        QWidget window;
        SkopsTreeModel model;
        ExportController controller{&window, &model};
        std::shared_ptr<const SkopsFile> file;

        explicit Fixture(const QString &path)
            : file(testdata::openSkops(path))
        {
            if (file) {
                model.setFile(file, TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value());
                controller.setFile(file, path);
            }
            window.show();
        }

        bool saveAs(const QString &target)
        {
            QSignalSpy finished(&controller, &ExportController::saveFinished);
            controller.saveAs(target);
            return (!finished.isEmpty() || finished.wait(20000)) && finished.last().at(1).toBool();
        }
        bool exportCleaned(const QString &target)
        {
            QSignalSpy finished(&controller, &ExportController::saveFinished);
            controller.exportCleaned(target);
            return (!finished.isEmpty() || finished.wait(20000)) && finished.last().at(1).toBool();
        }
    };

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveAsReadsBackAsTheSameTree_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles()) {
            const nlohmann::json oracle = testdata::oracle(file);
            // Files of other protocols are converted (tested with the writer).
            if (oracle["protocol"] == 2 && !oracle["untrusted_types"].is_null())
                QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
        }
    }
    void saveAsReadsBackAsTheSameTree()
    {
        QFETCH(CorpusFile, file);
        const nlohmann::json oracle = testdata::oracle(file);
        Fixture fixture(file.path);
        QVERIFY(fixture.file);
        const QString target = m_dir.filePath(file.corpus + QLatin1Char('-') + file.stem + QStringLiteral(".skops"));
        QSignalSpy messages(&fixture.controller, &ExportController::message);
        QVERIFY(fixture.saveAs(target));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(QDir::toNativeSeparators(target)));
        QVERIFY(!fixture.controller.reportDialog());

        const auto written = testdata::openSkops(target);
        QVERIFY(written);
        QCOMPARE(written->tree().nodeCount(), oracle["node_count"].get<std::size_t>());
        const Audit audit = Audit::run(written->tree(), *TrustProfile::builtin(file.profile).value());
        QCOMPARE(audit.untrustedTypes(), toStrings(oracle["untrusted_types"]));
        // An equivalent archive: the same members, compressed the same way.
        QMap<QString, int> expected;
        for (const auto &member : oracle["zip_members"])
            expected.insert(QString::fromStdString(member["name"].get<std::string>()),
                            member["compress_type"] == "ZIP_DEFLATED" ? 8 : 0);
        QCOMPARE(membersOf(target), expected);
    }

    void exportCleanedAppliesEditsAndUndoRestoresThem()
    {
        const nlohmann::json oracle = oracleOf(QStringLiteral("logreg_iris"));
        const QString coefMember = memberOfArray(oracle, kCoef);
        QVERIFY(!coefMember.isEmpty());
        Fixture fixture(corpusPath(QStringLiteral("logreg_iris")));
        ExportController &controller = fixture.controller;
        QSignalSpy modified(&controller, &ExportController::modifiedChanged);

        // Remove from Export acts on the selected node, where it can.
        controller.setCurrentPath(QString());
        QVERIFY(!controller.removeAction()->isEnabled());
        controller.setCurrentPath(QStringLiteral(""));
        QVERIFY(!controller.removeAction()->isEnabled());
        QVERIFY(!controller.replaceWithNullAction()->isEnabled());
        controller.setCurrentPath(kCoef);
        QVERIFY(controller.removeAction()->isEnabled());
        QVERIFY(!controller.undoAction()->isEnabled());
        controller.removeAction()->trigger();
        QVERIFY(!controller.removeAction()->isEnabled());
        QVERIFY(controller.undoAction()->isEnabled());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        QVERIFY(controller.session()->push(ExportEdit::setValue(kMaxIter, QStringLiteral("1000"))).ok());

        const QString cleaned = m_dir.filePath(QStringLiteral("cleaned.skops"));
        QVERIFY(fixture.exportCleaned(cleaned));
        QVERIFY(!controller.session()->isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        auto written = testdata::openSkops(cleaned);
        QVERIFY(written);
        QCOMPARE(written->schema().resolve(kCoef), JsonDocument::npos);
        QCOMPARE(jsonNodeContent(*written, kMaxIter), QStringLiteral("1000"));
        QVERIFY(!membersOf(cleaned).contains(coefMember));

        // The report lists the edits and the member that went with coef_.
        ExportReportDialog *report = controller.reportDialog();
        QVERIFY(report);
        QVERIFY(report->isVisible());
        QStringList rows;
        for (int row = 0; row < report->table()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < ExportReportDialog::ColumnCount; ++column)
                cells << report->table()->item(row, column)->text();
            rows << cells.join(QLatin1Char('|'));
        }
        QVERIFY2(rows.filter(QStringLiteral("edited|") + kCoef + QLatin1Char('|')).size() == 1,
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.filter(QStringLiteral("edited|") + kMaxIter + QLatin1Char('|')).size() == 1);
        QVERIFY(rows.filter(QStringLiteral("member removed||") + coefMember).size() == 1);
        const QString reportJson = m_dir.filePath(QStringLiteral("report.json"));
        QVERIFY(report->saveJson(reportJson).ok());
        const nlohmann::json saved = testdata::readJsonFile(reportJson);
        QCOMPARE(saved["mode"].get<std::string>(), std::string("cleaned"));
        QCOMPARE(saved["changes"].size(), std::size_t(report->table()->rowCount()));

        // Undo both edits through the actions: the export has the original values again.
        controller.undoAction()->trigger();
        controller.undoAction()->trigger();
        QVERIFY(controller.session()->edits().empty());
        QVERIFY(controller.session()->isModified());
        QVERIFY(controller.removeAction()->isEnabled());
        const QString again = m_dir.filePath(QStringLiteral("cleaned-again.skops"));
        QVERIFY(fixture.exportCleaned(again));
        written = testdata::openSkops(again);
        QVERIFY(written);
        QCOMPARE(jsonNodeContent(*written, kMaxIter), QStringLiteral("500"));
        QVERIFY(written->schema().resolve(kCoef) != JsonDocument::npos);
        QVERIFY(membersOf(again).contains(coefMember));

        // Redo brings the removal back.
        controller.redoAction()->trigger();
        QCOMPARE(controller.session()->edits(), std::vector<ExportEdit>{ExportEdit::remove(kCoef)});
    }

    void saveAsOverTheOpenFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("open.skops"));
        QFile::remove(path);
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("logreg_iris")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Fixture fixture(path);
        QVERIFY(fixture.controller.session()->push(ExportEdit::setValue(kMaxIter, QStringLiteral("7"))).ok());
        QVERIFY(fixture.saveAs(path));
        QVERIFY(!fixture.controller.session()->isModified());
        // The open file keeps reading what it read before.
        QCOMPARE(jsonNodeContent(*fixture.file, kMaxIter), QStringLiteral("500"));
        const QString coefMember = memberOfArray(oracleOf(QStringLiteral("logreg_iris")), kCoef);
        QVERIFY(fixture.file->readMember(coefMember).ok());
        const auto reread = testdata::openSkops(path);
        QVERIFY(reread);
        QCOMPARE(jsonNodeContent(*reread, kMaxIter), QStringLiteral("7"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("open*")}, QDir::Files),
                 QStringList{QStringLiteral("open.skops")});
    }

    void cancelledSaveWritesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("model.skops"));
        Fixture fixture(corpusPath(QStringLiteral("logreg_iris")));
        QVERIFY(fixture.controller.session()->push(ExportEdit::setValue(kMaxIter, QStringLiteral("7"))).ok());
        QSignalSpy finished(&fixture.controller, &ExportController::saveFinished);
        QSignalSpy messages(&fixture.controller, &ExportController::message);

        // Hold the background job back until Cancel was pressed, so the test
        // does not race a save that takes milliseconds.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        pool->start([&release] { release.acquire(); });
        fixture.controller.saveAs(target);
        QVERIFY(fixture.controller.isSaving());
        QVERIFY(!fixture.controller.saveAsAction()->isEnabled());
        auto *progress = fixture.window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        release.release();
        QVERIFY(finished.wait(20000));
        pool->waitForDone();
        pool->setMaxThreadCount(threads);

        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!fixture.controller.isSaving());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(messages.last().first().toString()));
        // No error box: cancelling is not a failure.
        QVERIFY(fixture.window.findChild<QMessageBox *>() == nullptr);
        // The edits are still unsaved, and saving works again.
        QVERIFY(fixture.controller.session()->isModified());
        QVERIFY(fixture.controller.saveAsAction()->isEnabled());
        QVERIFY(fixture.saveAs(target));
        const auto reread = testdata::openSkops(target);
        QVERIFY(reread);
        QCOMPARE(jsonNodeContent(*reread, kMaxIter), QStringLiteral("7"));
    }

    void failingTargetShowsWhatFailedAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString regular = dir.filePath(QStringLiteral("regular.txt"));
        QFile file(regular);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
        file.close();
        const QString target = regular + QStringLiteral("/model.skops");

        Fixture fixture(corpusPath(QStringLiteral("logreg_iris")));
        QVERIFY(fixture.controller.session()->push(ExportEdit::remove(kCoef)).ok());
        QVERIFY(!fixture.saveAs(target));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = fixture.window.findChild<QMessageBox *>()) != nullptr && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Critical);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(target)), qPrintable(box->text()));
        QVERIFY(!box->informativeText().isEmpty());
        box->button(QMessageBox::Ok)->click();
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("regular.txt")});
        // Nothing was saved: the edits are still unsaved.
        QVERIFY(fixture.controller.session()->isModified());
        QVERIFY(fixture.controller.saveAsAction()->isEnabled());
    }

    void confirmCloseAsksOnlyWithUnsavedEdits()
    {
        Fixture fixture(corpusPath(QStringLiteral("logreg_iris")));
        ExportController &controller = fixture.controller;
        QVERIFY(controller.confirmClose());

        QVERIFY(controller.session()->push(ExportEdit::setValue(kMaxIter, QStringLiteral("3"))).ok());
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!controller.confirmClose());
        QVERIFY(question.contains(QStringLiteral("logreg_iris.skops")));
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(controller.confirmClose());
        QVERIFY(controller.session()->isModified());

        // Save: asks for a file, writes it, then closes the window.
        const QString target = m_dir.filePath(QStringLiteral("saved-on-close.skops"));
        QFile::remove(target);
        answerNextMessageBox(QMessageBox::Save);
        QSignalSpy finished(&controller, &ExportController::saveFinished);
        QVERIFY(!controller.confirmClose());
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fixture.window.findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QVERIFY(!controller.session()->isModified());
        QTRY_VERIFY(!fixture.window.isVisible());
        const auto written = testdata::openSkops(target);
        QVERIFY(written);
        QCOMPARE(jsonNodeContent(*written, kMaxIter), QStringLiteral("3"));
        QVERIFY(controller.confirmClose());
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
