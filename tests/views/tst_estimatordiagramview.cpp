// The estimator diagram, offscreen: boxes and their layout, clicks and keys
// to paths, selection from paths, trust tint and the PNG export. Box counts
// and class names come from the corpus README and oracles.
#include "EstimatorDiagramView.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QGraphicsScene>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;

namespace {

// Pointers follow the schema layout: steps is a list of (name, estimator) tuples.
const QString kScaler = QStringLiteral("/content/content/steps/content/0/content/1");
const QString kSvc = QStringLiteral("/content/content/steps/content/1/content/1");

std::shared_ptr<const SkopsFile> openCorpus(const QString &relative)
{
    auto file = SkopsFile::open(testdata::dataDir() + QLatin1Char('/') + relative);
    return file.ok() ? file.value() : nullptr;
}

NodeId nodeAtPath(const NodeTree &tree, const QString &path)
{
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.path(id) == path)
            return id;
    }
    return kNoNode;
}

bool containsColour(const QImage &image, QRgb colour)
{
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

bool allWhite(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if ((line[x] & 0xffffff) != 0xffffff)
                return false;
        }
    }
    return true;
}

QImage render(const EstimatorDiagramView &view, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!view.savePng(path))
        return QImage();
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestEstimatorDiagramView : public QObject
{
    Q_OBJECT

private slots:
    void pipelineBoxesAndClicks()
    {
        const auto file = openCorpus(QStringLiteral("corpus/pipeline_scaler_svc.skops"));
        QVERIFY(file);
        EstimatorDiagramView view;
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFile(file);
        // README: Pipeline(StandardScaler, SVC).
        QCOMPARE(view.boxCount(), 3);

        const QRectF pipeline = view.boxSceneRect(QString());
        const QRectF scaler = view.boxSceneRect(kScaler);
        const QRectF svc = view.boxSceneRect(kSvc);
        QVERIFY(!svc.isEmpty());
        QVERIFY(pipeline.contains(scaler) && pipeline.contains(svc));
        QVERIFY(scaler.bottom() < svc.top()); // steps stacked in order
        QVERIFY(view.boxToolTip(kSvc).contains(QLatin1String("sklearn.svm._classes.SVC")));

        QSignalSpy activated(&view, &EstimatorDiagramView::pathActivated);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(svc.center()));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), kSvc);
        QCOMPARE(view.selectedPath(), kSvc);

        // The pipeline's own frame, above its first step.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(pipeline.topLeft() + QPointF(4, 4)));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), QString());
        QVERIFY(view.hasSelection());
        QCOMPARE(view.selectedPath(), QString());

        // Outside every box: nothing happens.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.mapFromScene(pipeline.bottomRight() + QPointF(8, 8)));
        QCOMPARE(activated.count(), 0);
    }

    void selectPathHighlightsWithoutSignal()
    {
        const auto file = openCorpus(QStringLiteral("corpus/pipeline_scaler_svc.skops"));
        QVERIFY(file);
        EstimatorDiagramView view;
        view.setFile(file);
        QSignalSpy activated(&view, &EstimatorDiagramView::pathActivated);
        // A tree view's selection feeding back must not loop.
        connect(&view, &EstimatorDiagramView::pathActivated, &view, &EstimatorDiagramView::selectPath);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QImage before = render(view, dir, QStringLiteral("before.png"));

        view.selectPath(kSvc + QStringLiteral("/content/content/C"));
        QCOMPARE(view.selectedPath(), kSvc);
        const QImage selected = render(view, dir, QStringLiteral("selected.png"));
        QCOMPARE(selected.size(), before.size());
        QVERIFY(selected != before); // the highlight is drawn

        view.selectPath(QStringLiteral("/content/content/steps/content/0"));
        QVERIFY(view.hasSelection());
        QCOMPARE(view.selectedPath(), QString()); // the tuple belongs to the pipeline
        view.selectPath(kScaler);
        QCOMPARE(view.selectedPath(), kScaler);
        QCOMPARE(activated.count(), 0);
    }

    void keyboardMovesAndActivates()
    {
        const auto file = openCorpus(QStringLiteral("corpus/pipeline_scaler_svc.skops"));
        QVERIFY(file);
        EstimatorDiagramView view;
        view.setFile(file);
        QSignalSpy activated(&view, &EstimatorDiagramView::pathActivated);

        QVERIFY(!view.hasSelection());
        QTest::keyClick(&view, Qt::Key_Down); // nothing selected: the first box, the pipeline
        QVERIFY(view.hasSelection());
        QCOMPARE(view.selectedPath(), QString());
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedPath(), kScaler);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedPath(), kSvc);
        QTest::keyClick(&view, Qt::Key_Down); // nothing further down
        QCOMPARE(view.selectedPath(), kSvc);
        QCOMPARE(activated.count(), 0);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), kSvc);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedPath(), kScaler);
    }

    void branchesSideBySide()
    {
        const auto file = openCorpus(QStringLiteral("corpus-np2/column_transformer_onehot_log1p.skops"));
        QVERIFY(file);
        EstimatorDiagramView view;
        view.setFile(file);
        // README: Pipeline(ColumnTransformer(OneHotEncoder, FunctionTransformer), LogisticRegression).
        QCOMPARE(view.boxCount(), 5);
        const QString prep = kScaler;
        const QString branches = prep + QStringLiteral("/content/content/transformers_/content");
        const QRectF oneHot = view.boxSceneRect(branches + QStringLiteral("/0/content/1"));
        const QRectF log = view.boxSceneRect(branches + QStringLiteral("/1/content/1"));
        const QRectF columnTransformer = view.boxSceneRect(prep);
        const QRectF classifier = view.boxSceneRect(kSvc);
        QVERIFY(columnTransformer.contains(oneHot) && columnTransformer.contains(log));
        QCOMPARE(oneHot.top(), log.top());
        QVERIFY(oneHot.right() < log.left());
        QVERIFY(columnTransformer.bottom() < classifier.top());
        // The oracle's predict_input: two string columns, then two numbers.
        QVERIFY(view.boxToolTip(branches + QStringLiteral("/0/content/1")).contains(QLatin1String("[0, 1]")));

        QTest::keyClick(&view, Qt::Key_Down);
        view.selectPath(branches + QStringLiteral("/0/content/1"));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedPath(), branches + QStringLiteral("/1/content/1"));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selectedPath(), branches + QStringLiteral("/0/content/1"));
    }

    void savePngRendersTheDiagram()
    {
        const auto file = openCorpus(QStringLiteral("corpus/stacking_classifier.skops"));
        QVERIFY(file);
        EstimatorDiagramView view;
        view.setFile(file);
        // visualize: the stacking box; its `estimators` (rf with its template
        // estimator, svc = a pipeline of two); final_estimator, final_estimator_;
        // the fitted estimators_ list as one box.
        QCOMPARE(view.boxCount(), 10);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("diagram.png"));
        QVERIFY(view.savePng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        QVERIFY(!allWhite(image));
        const QRectF root = view.boxSceneRect(QString());
        QVERIFY(image.width() >= 2 * root.width() && image.height() >= 2 * root.height());
        QVERIFY(!view.savePng(dir.filePath(QStringLiteral("missing/dir/diagram.png"))));
    }

    void trustStatesTintBoxes()
    {
        const auto file = openCorpus(QStringLiteral("corpus/pipeline_scaler_svc.skops"));
        QVERIFY(file);
        const NodeId svc = nodeAtPath(file->tree(), kSvc);
        QVERIFY(svc != kNoNode);
        EstimatorDiagramView view;
        view.setFile(file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QRgb untrustedFill = qRgb(0xf9, 0xdc, 0xcb);
        QVERIFY(!containsColour(render(view, dir, QStringLiteral("plain.png")), untrustedFill));

        view.setTrustStates([svc](NodeId id) {
            return id == svc ? TrustState::Untrusted : TrustState::Trusted;
        });
        QVERIFY(containsColour(render(view, dir, QStringLiteral("tinted.png")), untrustedFill));
        QVERIFY(view.boxToolTip(kSvc).contains(QLatin1String("Untrusted type")));
        QVERIFY(view.boxToolTip(kScaler).contains(QLatin1String("Trusted")));

        view.setTrustStates({});
        QVERIFY(!containsColour(render(view, dir, QStringLiteral("cleared.png")), untrustedFill));
        QVERIFY(!view.boxToolTip(kSvc).contains(QLatin1String("Untrusted")));
    }

    void collapsedEnsembleAndEmptyFiles()
    {
        const auto forest = openCorpus(QStringLiteral("corpus/random_forest_small.skops"));
        QVERIFY(forest);
        EstimatorDiagramView view;
        view.setFile(forest);
        // The forest, its template estimator, and its 5 trees as one box (README).
        QCOMPARE(view.boxCount(), 3);
        const QString trees = QStringLiteral("/content/content/estimators_");
        QVERIFY(view.boxToolTip(trees + QStringLiteral("/content/4")).contains(QLatin1String("5 estimators")));
        view.selectPath(trees + QStringLiteral("/content/4/content/content/tree_"));
        QCOMPARE(view.selectedPath(), trees);

        const auto containers = openCorpus(QStringLiteral("corpus/python_containers.skops"));
        QVERIFY(containers);
        view.setFile(containers);
        QCOMPARE(view.boxCount(), 0);
        view.selectPath(QString());
        QVERIFY(!view.hasSelection());
        QTest::keyClick(&view, Qt::Key_Down);
        QVERIFY(!view.hasSelection());
        QCOMPARE(view.boxCount(), 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!allWhite(render(view, dir, QStringLiteral("empty.png")))); // the message

        view.setFile(nullptr);
        QCOMPARE(view.boxCount(), 0);
        QVERIFY(view.scene()->items().isEmpty());
    }
};

QTEST_MAIN(TestEstimatorDiagramView)
#include "tst_estimatordiagramview.moc"
