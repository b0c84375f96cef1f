// Edits before an export: the undo stack of EditSession (push, undo, redo,
// clean state, what it refuses), the paths it hands to the exporter, and
// how the tree overlay and the parameter table show pending edits. Paths
// and values come from the corpus files' schema.json and skops' oracles.
#include "EditOverlayProxy.h"
#include "EditSession.h"
#include "ModelExporter.h"
#include "ModelRoles.h"
#include "ParameterTableModel.h"
#include "ParametersView.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"
#include "TestData.h"
#include "TrustDecorationProxy.h"
#include "TrustProfile.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace skops;

namespace {

const QString kMaxIter = QStringLiteral("/content/content/max_iter");
const QString kSolver = QStringLiteral("/content/content/solver");
const QString kCoef = QStringLiteral("/content/content/coef_");
const QString kSteps = QStringLiteral("/content/content/steps");

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

// The value visualize prints for a key of the root's state, e.g. "500" for max_iter.
QString oracleValue(const QString &stem, const QString &key)
{
    const nlohmann::json oracle = testdata::readJsonFile(
        testdata::dataDir() + QStringLiteral("/corpus/expected/") + stem + QStringLiteral(".json"));
    const QString prefix = key + QStringLiteral(": json-type(");
    const QStringList lines = QString::fromStdString(oracle["visualize"].get<std::string>()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(prefix);
        if (at >= 0 && line.endsWith(QLatin1Char(')')))
            return line.mid(at + prefix.size()).chopped(1);
    }
    return QString();
}

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void pushUndoRedoAndCleanState();
    void refusesWhatTheExporterCannotApply();
    void unchangedValueIsNotRecorded();
    void exportPathsFollowEarlierRemovals();
    void overlayShowsEditedRemovedAndNulledRows();
    void parameterTableShowsAndRequestsEdits();
    void typedTextIsReadAsJson();
};

void TestEditSession::pushUndoRedoAndCleanState()
{
    EditSession session;
    session.setFile(testdata::openSkops(corpusPath(QStringLiteral("logreg_iris"))));
    QVERIFY(session.file());
    QSignalSpy modified(&session, &EditSession::modifiedChanged);
    QSignalSpy changed(&session, &EditSession::editsChanged);
    QVERIFY(!session.isModified());
    QVERIFY(session.edits().empty());

    const ExportEdit setMaxIter = ExportEdit::setValue(kMaxIter, QStringLiteral("1000"));
    const ExportEdit removeCoef = ExportEdit::remove(kCoef);
    QVERIFY(session.push(setMaxIter).ok());
    QVERIFY(session.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Set max_iter to 1000"));
    QVERIFY(session.push(removeCoef).ok());
    QCOMPARE(session.edits(), (std::vector<ExportEdit>{setMaxIter, removeCoef}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Remove coef_"));

    session.undoStack()->undo();
    QCOMPARE(session.edits(), std::vector<ExportEdit>{setMaxIter});
    QCOMPARE(changed.count(), 3);
    session.undoStack()->redo();
    QCOMPARE(session.edits(), (std::vector<ExportEdit>{setMaxIter, removeCoef}));

    session.markSaved();
    QVERIFY(!session.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    session.undoStack()->undo();
    QVERIFY(session.isModified());
    session.undoStack()->redo();
    QVERIFY(!session.isModified());

    // A new edit after undoing below the saved state leaves it unreachable.
    session.undoStack()->undo();
    QVERIFY(session.push(ExportEdit::replaceWithNull(kCoef)).ok());
    QVERIFY(session.isModified());
    QCOMPARE(session.edits(), (std::vector<ExportEdit>{setMaxIter, ExportEdit::replaceWithNull(kCoef)}));

    session.setFile(testdata::openSkops(corpusPath(QStringLiteral("pca_iris"))));
    QVERIFY(session.edits().empty());
    QVERIFY(!session.isModified());
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestEditSession::refusesWhatTheExporterCannotApply()
{
    EditSession session;
    session.setFile(testdata::openSkops(corpusPath(QStringLiteral("python_containers"))));
    QSignalSpy rejected(&session, &EditSession::editRejected);

    // Not a node: a path that is not there, and the raw content text of a JsonNode.
    QVERIFY(!session.push(ExportEdit::remove(QStringLiteral("/content/no_such_key"))).ok());
    QVERIFY(!session.push(ExportEdit::setValue(QStringLiteral("/content/none/content"), QStringLiteral("1"))).ok());
    // SetValue: only on JSON primitives, only with primitives.
    QVERIFY(!session.check(ExportEdit::setValue(QStringLiteral("/content/ints"), QStringLiteral("1"))).ok());
    QVERIFY(!session.check(ExportEdit::setValue(QStringLiteral("/content/bytes"), QStringLiteral("1"))).ok());
    QVERIFY(!session.check(ExportEdit::setValue(QStringLiteral("/content/none"), QStringLiteral("[1, 2]"))).ok());
    QVERIFY(!session.check(ExportEdit::setValue(QStringLiteral("/content/none"), QStringLiteral("lbfgs"))).ok());
    QVERIFY(session.check(ExportEdit::setValue(QStringLiteral("/content/none"), QStringLiteral("\"lbfgs\""))).ok());
    // The root can be neither removed nor nulled; a dict's key types neither.
    QVERIFY(!session.check(ExportEdit::remove(QString())).ok());
    QVERIFY(!session.check(ExportEdit::replaceWithNull(QString())).ok());
    QVERIFY(!session.check(ExportEdit::remove(QStringLiteral("/key_types"))).ok());
    QVERIFY(!session.check(ExportEdit::replaceWithNull(QStringLiteral("/key_types/content/0"))).ok());
    // Remove: dict entries and list, tuple and set elements.
    QVERIFY(session.check(ExportEdit::remove(QStringLiteral("/content/ints"))).ok());
    QVERIFY(session.check(ExportEdit::remove(QStringLiteral("/content/ints/content/2"))).ok());
    QVERIFY(session.check(ExportEdit::remove(QStringLiteral("/content/tuple/content/1"))).ok());
    QVERIFY(session.check(ExportEdit::remove(QStringLiteral("/content/set_of_ints/content/0"))).ok());
    QCOMPARE(rejected.count(), 2);

    // Nothing inside a removed or nulled part, nothing removed twice.
    QVERIFY(session.push(ExportEdit::remove(QStringLiteral("/content/nested"))).ok());
    QVERIFY(!session.check(ExportEdit::remove(QStringLiteral("/content/nested"))).ok());
    QVERIFY(!session.check(ExportEdit::setValue(QStringLiteral("/content/nested/content/0/content/0"),
                                                QStringLiteral("2")))
                 .ok());
    QVERIFY(session.push(ExportEdit::replaceWithNull(QStringLiteral("/content/tuple"))).ok());
    QVERIFY(!session.check(ExportEdit::replaceWithNull(QStringLiteral("/content/tuple"))).ok());
    QVERIFY(!session.check(ExportEdit::remove(QStringLiteral("/content/tuple/content/1"))).ok());
    // A nulled place holds a primitive now: it can get a value, or go.
    QVERIFY(session.check(ExportEdit::setValue(QStringLiteral("/content/tuple"), QStringLiteral("3"))).ok());
    QVERIFY(session.check(ExportEdit::remove(QStringLiteral("/content/tuple"))).ok());

    // Undoing the removal makes its inside editable again.
    session.undoStack()->undo();
    session.undoStack()->undo();
    QVERIFY(session.check(ExportEdit::setValue(QStringLiteral("/content/nested/content/0/content/0"),
                                               QStringLiteral("2")))
                .ok());

    // The exporter agrees: every edit the session took applies.
    QVERIFY(session.push(ExportEdit::remove(QStringLiteral("/content/ints/content/2"))).ok());
    QVERIFY(session.push(ExportEdit::setValue(QStringLiteral("/content/none"), QStringLiteral("\"x\""))).ok());
    QVERIFY(session.push(ExportEdit::replaceWithNull(QStringLiteral("/content/bytes"))).ok());
    ExportOptions options;
    options.edits = session.exportEdits();
    const auto plan = ModelExporter::prepare(*session.file(), options);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
}

void TestEditSession::unchangedValueIsNotRecorded()
{
    EditSession session;
    session.setFile(testdata::openSkops(corpusPath(QStringLiteral("logreg_iris"))));
    const QString maxIter = oracleValue(QStringLiteral("logreg_iris"), QStringLiteral("max_iter"));
    QCOMPARE(maxIter, QStringLiteral("500"));
    QVERIFY(session.push(ExportEdit::setValue(kMaxIter, maxIter)).ok());
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(!session.isModified());
    // 500.0 is a float, a different Python value.
    QVERIFY(session.push(ExportEdit::setValue(kMaxIter, QStringLiteral("500.0"))).ok());
    QCOMPARE(session.undoStack()->count(), 1);
    // Kept as json.dumps writes it.
    QVERIFY(session.push(ExportEdit::setValue(kSolver, QStringLiteral("  \"saga\"  "))).ok());
    QCOMPARE(session.edits().back().json, QStringLiteral("\"saga\""));
    QVERIFY(session.push(ExportEdit::setValue(kSolver, QStringLiteral("\"saga\""))).ok());
    QCOMPARE(session.undoStack()->count(), 2);
}

void TestEditSession::exportPathsFollowEarlierRemovals()
{
    EditSession session;
    session.setFile(testdata::openSkops(corpusPath(QStringLiteral("pipeline_scaler_svc"))));
    const QString firstStep = kSteps + QStringLiteral("/content/0");
    const QString svcName = kSteps + QStringLiteral("/content/1/content/0");
    QVERIFY(session.push(ExportEdit::remove(firstStep)).ok());
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Remove steps[0]"));
    QVERIFY(session.push(ExportEdit::setValue(svcName, QStringLiteral("\"classifier\""))).ok());
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Set steps[1][0] to \"classifier\""));
    // As made: paths of the opened file.
    QCOMPARE(session.edits().back().path, svcName);
    // For the exporter: the second step is the first once the first is gone.
    const std::vector<ExportEdit> forExport = session.exportEdits();
    QCOMPARE(forExport.size(), std::size_t(2));
    QCOMPARE(forExport[0].path, firstStep);
    QCOMPARE(forExport[1].path, kSteps + QStringLiteral("/content/0/content/0"));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.skops"));
    ExportOptions options;
    options.edits = forExport;
    const auto report = ModelExporter::exportFile(*session.file(), out, options);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    const nlohmann::json steps = testdata::schemaOf(out)["content"]["content"]["steps"]["content"];
    QCOMPARE(steps.size(), std::size_t(1));
    QCOMPARE(steps[0]["content"][0]["content"].get<std::string>(), std::string("\"classifier\""));
    QCOMPARE(steps[0]["content"][1]["__class__"].get<std::string>(), std::string("SVC"));
}

void TestEditSession::overlayShowsEditedRemovedAndNulledRows()
{
    SkopsTreeModel model;
    TrustDecorationProxy decoration;
    EditOverlayProxy overlay;
    decoration.setSourceModel(&model);
    overlay.setSourceModel(&decoration);
    QAbstractItemModelTester tester(&overlay, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EditSession session;
    overlay.setSession(&session);

    const auto file = testdata::openSkops(corpusPath(QStringLiteral("pipeline_scaler_svc")));
    QVERIFY(file);
    model.setFile(file, TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value());
    session.setFile(file);

    const QString scaler = kSteps + QStringLiteral("/content/0/content/1");
    const QString scalerAttrs = scaler + QStringLiteral("/content");
    const QString svcStep = kSteps + QStringLiteral("/content/1");
    const QString svcName = svcStep + QStringLiteral("/content/0");
    const QString verbose = QStringLiteral("/content/content/verbose");
    const auto rowAt = [&](const QString &path, int column) {
        const QModelIndex source = model.indexForPath(path);
        return overlay.mapFromSource(decoration.mapFromSource(source)).siblingAtColumn(column);
    };
    // Rows are created before the edits, so the overlay must announce them.
    QVERIFY(rowAt(scalerAttrs, 0).isValid());
    QVERIFY(rowAt(svcName, 0).isValid());
    const QModelIndex verboseValue = rowAt(verbose, SkopsTreeModel::ValueColumn);
    QCOMPARE(verboseValue.data().toString(), QStringLiteral("false"));
    QCOMPARE(verboseValue.data(EditOverlayProxy::EditStateRole).toInt(), int(EditOverlayProxy::Unchanged));

    QSignalSpy dataChanged(&overlay, &QAbstractItemModel::dataChanged);
    QVERIFY(session.push(ExportEdit::setValue(verbose, QStringLiteral("true"))).ok());
    QCOMPARE(verboseValue.data().toString(), QStringLiteral("✎ true"));
    QVERIFY(verboseValue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("false")));
    QCOMPARE(verboseValue.data(EditOverlayProxy::EditStateRole).toInt(), int(EditOverlayProxy::ValueSet));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), rowAt(verbose, 0));
    // Other columns keep the source's text.
    QCOMPARE(rowAt(verbose, SkopsTreeModel::KeyColumn).data().toString(), QStringLiteral("verbose"));

    QVERIFY(session.push(ExportEdit::replaceWithNull(scaler)).ok());
    QCOMPARE(rowAt(scaler, SkopsTreeModel::ValueColumn).data().toString(), QStringLiteral("✎ null"));
    QCOMPARE(overlay.editState(rowAt(scaler, 0)), EditOverlayProxy::Nulled);
    const QModelIndex attrsKey = rowAt(scalerAttrs, SkopsTreeModel::KeyColumn);
    QCOMPARE(overlay.editState(attrsKey), EditOverlayProxy::InsideNulled);
    QVERIFY(attrsKey.data(Qt::ForegroundRole).canConvert<QColor>());
    QVERIFY(!attrsKey.data(Qt::FontRole).value<QFont>().strikeOut());

    QVERIFY(session.push(ExportEdit::remove(svcStep)).ok());
    for (const QString &path : {svcStep, svcName}) {
        const QModelIndex key = rowAt(path, SkopsTreeModel::KeyColumn);
        QVERIFY(key.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(key.data(Qt::ForegroundRole).canConvert<QColor>());
        QCOMPARE(key.data(Qt::ToolTipRole).toString(), QStringLiteral("removed on export"));
    }
    QCOMPARE(overlay.editState(rowAt(svcStep, 0)), EditOverlayProxy::Removed);
    QCOMPARE(overlay.editState(rowAt(svcName, 0)), EditOverlayProxy::InsideRemoved);

    // Undo takes the marks away again, row by row.
    dataChanged.clear();
    session.undoStack()->undo();
    QVERIFY(!rowAt(svcName, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(overlay.editState(rowAt(svcStep, 0)), EditOverlayProxy::Unchanged);
    QVERIFY(dataChanged.count() >= 2);
    session.undoStack()->undo();
    QCOMPARE(overlay.editState(attrsKey), EditOverlayProxy::Unchanged);
    QVERIFY(!attrsKey.data(Qt::ForegroundRole).isValid());
    session.undoStack()->undo();
    QCOMPARE(verboseValue.data().toString(), QStringLiteral("false"));
    session.undoStack()->redo();
    QCOMPARE(verboseValue.data().toString(), QStringLiteral("✎ true"));
}

void TestEditSession::parameterTableShowsAndRequestsEdits()
{
    ParametersView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("logreg_iris")));
    view.setEstimator(file, file->tree().root());
    ParameterTableModel *model = view.model();
    int maxIterRow = -1;
    int penaltyRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, ParameterTableModel::NameColumn).data().toString();
        maxIterRow = name == QLatin1String("max_iter") ? row : maxIterRow;
        penaltyRow = name == QLatin1String("penalty") ? row : penaltyRow;
    }
    QVERIFY(maxIterRow >= 0 && penaltyRow >= 0);
    const QModelIndex maxIter = model->index(maxIterRow, ParameterTableModel::ValueColumn);
    const QModelIndex penalty = model->index(penaltyRow, ParameterTableModel::ValueColumn);
    QVERIFY(maxIter.flags() & Qt::ItemIsEditable);
    QVERIFY(!(model->index(maxIterRow, ParameterTableModel::NameColumn).flags() & Qt::ItemIsEditable));
    QCOMPARE(maxIter.data(Qt::EditRole).toString(), oracleValue(QStringLiteral("logreg_iris"), QStringLiteral("max_iter")));
    QCOMPARE(penalty.data(Qt::EditRole).toString(), QStringLiteral("\"l2\""));

    // Typing a value in the editor asks for a SetValue of that row's path.
    QSignalSpy requested(&view, &ParametersView::editRequested);
    view.show();
    view.table()->setCurrentIndex(maxIter);
    view.table()->edit(maxIter);
    auto *editor = view.table()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("500"));
    editor->setText(QStringLiteral("2000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(requested.count(), 1); // the delegate commits queued
    const auto edit = requested.at(0).at(0).value<ExportEdit>();
    QCOMPARE(edit, ExportEdit::setValue(kMaxIter, QStringLiteral("2000")));
    // Nothing changes until the edit comes back as pending.
    QCOMPARE(maxIter.data().toString(), QStringLiteral("500"));

    view.setPendingEdits({edit, ExportEdit::replaceWithNull(QStringLiteral("/content/content/penalty"))});
    QCOMPARE(maxIter.data().toString(), QStringLiteral("✎ 2000"));
    QCOMPARE(maxIter.data(Qt::EditRole).toString(), QStringLiteral("2000"));
    QVERIFY(maxIter.data(Qt::ToolTipRole).toString().contains(QStringLiteral("500")));
    QCOMPARE(penalty.data().toString(), QStringLiteral("✎ None"));
    QCOMPARE(penalty.data(ParameterTableModel::PendingEditRole).toInt(), int(ParameterTableModel::Nulled));
    QVERIFY(penalty.flags() & Qt::ItemIsEditable);

    // A removed parameter, and one inside a nulled estimator, cannot be edited.
    view.setPendingEdits({ExportEdit::remove(kMaxIter)});
    QCOMPARE(maxIter.data(ParameterTableModel::PendingEditRole).toInt(), int(ParameterTableModel::Removed));
    QVERIFY(!(maxIter.flags() & Qt::ItemIsEditable));
    QCOMPARE(maxIter.data(Qt::ToolTipRole).toString(), QStringLiteral("removed on export"));
    view.setPendingEdits({ExportEdit::replaceWithNull(QStringLiteral("/content"))});
    QCOMPARE(penalty.data(ParameterTableModel::PendingEditRole).toInt(), int(ParameterTableModel::InsideNulled));
    QVERIFY(!(penalty.flags() & Qt::ItemIsEditable));
    view.setPendingEdits({});
    QCOMPARE(maxIter.data().toString(), QStringLiteral("500"));
}

void TestEditSession::typedTextIsReadAsJson()
{
    // What json.dumps(json.loads(text)) gives, or the text as a string.
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("true")), QStringLiteral("true"));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("null")), QStringLiteral("null"));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral(" 42 ")), QStringLiteral("42"));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("1e3")), QStringLiteral("1000.0"));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("\"adam\"")), QStringLiteral("\"adam\""));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("adam")), QStringLiteral("\"adam\""));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("True")), QStringLiteral("\"True\""));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("[1, 2]")), QStringLiteral("\"[1, 2]\""));
    QCOMPARE(ParameterTableModel::jsonForTypedText(QStringLiteral("é")), QStringLiteral("\"\\u00e9\""));
}

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
