// The estimator hierarchy: corpus files against the contents their oracles
// and README document, every box against schema.json, and hand-written
// schemas for the layouts the corpus lacks (branches with 'drop' and
// slices, FeatureUnion, calibrated and wrapped estimators, cycles, sharing).
#include "EstimatorGraph.h"
#include "JsonDocument.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QTest>

#include <functional>

using namespace skops;
using testdata::CorpusFile;
using Json = nlohmann::ordered_json;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

QString kindName(EstimatorBox::Kind kind)
{
    switch (kind) {
    case EstimatorBox::Kind::Estimator:
        return QStringLiteral("Estimator");
    case EstimatorBox::Kind::Sequence:
        return QStringLiteral("Sequence");
    case EstimatorBox::Kind::Parallel:
        return QStringLiteral("Parallel");
    case EstimatorBox::Kind::Collapsed:
        return QStringLiteral("Collapsed");
    case EstimatorBox::Kind::Passthrough:
        return QStringLiteral("Passthrough");
    case EstimatorBox::Kind::Drop:
        return QStringLiteral("Drop");
    }
    return QString();
}

// One line per box: "<indent><Kind> <step>: <Class>[ xN][ columns=…][ (repeated)]".
void appendOutline(const EstimatorBox &box, int depth, QStringList &lines)
{
    QString line = QString(depth * 2, QLatin1Char(' ')) + kindName(box.kind) + QLatin1Char(' ')
                   + box.stepName + QStringLiteral(": ") + box.className;
    if (box.kind == EstimatorBox::Kind::Collapsed)
        line += QStringLiteral(" x%1").arg(box.count);
    if (!box.columns.isEmpty())
        line += QStringLiteral(" columns=") + box.columns;
    if (box.repeated)
        line += QStringLiteral(" (repeated)");
    lines << line;
    for (const EstimatorBox &child : box.children)
        appendOutline(child, depth + 1, lines);
}

QString outline(const EstimatorGraph &graph)
{
    QStringList lines;
    for (const EstimatorBox &root : graph.roots())
        appendOutline(root, 0, lines);
    return lines.join(QLatin1Char('\n'));
}

QString lines(std::initializer_list<const char *> text)
{
    QStringList out;
    for (const char *line : text)
        out << QString::fromUtf8(line);
    return out.join(QLatin1Char('\n'));
}

QString memberText(const JsonDocument &doc, JsonDocument::Index state, std::string_view key)
{
    const JsonDocument::Index value = doc.member(state, key);
    return doc.isString(value) ? doc.qstring(value) : QString();
}

// The str a JsonNode state holds (its content is JSON text).
QString jsonNodeString(const JsonDocument &doc, JsonDocument::Index state)
{
    const QString content = memberText(doc, state, "content");
    const QByteArray utf8 = content.toUtf8();
    const auto value = JsonDocument::parse(utf8);
    if (!value.ok() || !value->isString(value->root()))
        return QString();
    return value->qstring(value->root());
}

QString parentPointer(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? pointer.left(slash) : QString();
}

QString lastSegment(const QString &pointer)
{
    QString segment = pointer.mid(pointer.lastIndexOf(QLatin1Char('/')) + 1);
    return segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
}

void forEachBox(const EstimatorBox &box, const EstimatorBox *parent,
                const std::function<void(const EstimatorBox &, const EstimatorBox *)> &visit)
{
    visit(box, parent);
    for (const EstimatorBox &child : box.children)
        forEachBox(child, &box, visit);
}

// --- hand-written schemas ---------------------------------------------------

Json value(const Json &python)
{
    const char *cls = python.is_string()            ? "str"
                      : python.is_null()            ? "NoneType"
                      : python.is_boolean()         ? "bool"
                      : python.is_number_integer()  ? "int"
                      : python.is_number_float()    ? "float"
                                                    : "list";
    return Json{{"__class__", cls}, {"__module__", "builtins"}, {"__loader__", "JsonNode"},
                {"content", python.dump()}, {"is_json", true}};
}

Json sequence(const char *loader, const char *cls, std::vector<Json> items)
{
    return Json{{"__class__", cls}, {"__module__", "builtins"}, {"__loader__", loader},
                {"content", Json(std::move(items))}};
}

Json list(std::vector<Json> items)
{
    return sequence("ListNode", "list", std::move(items));
}

Json tuple(std::vector<Json> items)
{
    return sequence("TupleNode", "tuple", std::move(items));
}

Json dict(const std::vector<std::pair<std::string, Json>> &entries)
{
    Json keyTypes = Json::array();
    Json content = Json::object();
    for (const auto &[key, state] : entries) {
        keyTypes.push_back(Json{{"__class__", "str"}, {"__module__", "builtins"}, {"__loader__", "TypeNode"}});
        content[key] = state;
    }
    return Json{{"__class__", "dict"}, {"__module__", "builtins"}, {"__loader__", "DictNode"},
                {"key_types", Json{{"__class__", "list"}, {"__module__", "builtins"}, {"__loader__", "ListNode"},
                                   {"content", keyTypes}}},
                {"content", content}};
}

// An object; `sklearn` adds the `_sklearn_version` every BaseEstimator writes.
Json object(const char *module, const char *cls, std::vector<std::pair<std::string, Json>> attrs = {},
            bool sklearn = true)
{
    if (sklearn)
        attrs.emplace_back("_sklearn_version", value("1.4.2"));
    return Json{{"__class__", cls}, {"__module__", module}, {"__loader__", "ObjectNode"}, {"content", dict(attrs)}};
}

Json slice(const Json &start, const Json &stop, const Json &step)
{
    return Json{{"__class__", "slice"}, {"__module__", "builtins"}, {"__loader__", "SliceNode"},
                {"content", Json{{"start", start}, {"stop", stop}, {"step", step}}}};
}

Json withId(Json state, long long id)
{
    state["__id__"] = id;
    return state;
}

Json step(const char *name, const Json &estimator)
{
    return tuple({value(name), estimator});
}

Json branch(const char *name, const Json &estimator, const Json &columns)
{
    return tuple({value(name), estimator, columns});
}

struct BuiltTree {
    NodeTree tree;
    bool ok = false;
    QString error;
};

BuiltTree buildTree(Json root)
{
    root["protocol"] = 2;
    root["_skops_version"] = "0.10";
    const std::string text = root.dump();
    BuiltTree built;
    auto doc = JsonDocument::parse(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!doc.ok()) {
        built.error = doc.error().message;
        return built;
    }
    auto tree = NodeTree::build(std::make_shared<const JsonDocument>(std::move(doc).value()),
                                [](const QString &) { return false; });
    if (!tree.ok()) {
        built.error = tree.error().message;
        return built;
    }
    built.tree = std::move(tree).value();
    built.ok = true;
    return built;
}

const char *const kSklearnPreprocessing = "sklearn.preprocessing._data";
const char *const kSklearnLinear = "sklearn.linear_model._base";

} // namespace

class TestEstimatorGraph : public QObject
{
    Q_OBJECT

private slots:
    // Expected outlines come from the oracle's visualize text (step names,
    // classes, attribute names) and the corpus README (sizes of ensembles).
    void corpusHierarchy_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("expected");

        const QString pipelineSvc = lines({"Sequence : Pipeline",
                                           "  Estimator scaler: StandardScaler",
                                           "  Estimator svc: SVC"});
        // Columns: predict_input has the two string columns first (0, 1), then
        // the two numbers (2, 3); the README names the two branches.
        const QString columnTransformer = lines({"Sequence : Pipeline",
                                                 "  Parallel prep: ColumnTransformer",
                                                 "    Estimator onehot: OneHotEncoder columns=[0, 1]",
                                                 "    Estimator log: FunctionTransformer columns=[2, 3]",
                                                 "  Estimator clf: LogisticRegression"});
        const QString gridSearch = lines({"Estimator : GridSearchCV",
                                          "  Sequence estimator: Pipeline",
                                          "    Estimator scaler: StandardScaler",
                                          "    Estimator clf: LogisticRegression",
                                          "  Sequence best_estimator_: Pipeline",
                                          "    Estimator scaler: StandardScaler",
                                          "    Estimator clf: LogisticRegression"});
        const QString logreg = QStringLiteral("Estimator : LogisticRegression");
        // README: 10 stages; the fitted init_ is a DummyRegressor.
        const QString boosting = lines({"Estimator : GradientBoostingRegressor",
                                        "  Estimator init_: DummyRegressor",
                                        "  Collapsed estimators_: DecisionTreeRegressor x10"});
        // README: the pipeline's scaler is the same object as the top-level one.
        const QString shared = lines({"Estimator scaler: StandardScaler",
                                      "Sequence pipeline: Pipeline",
                                      "  Estimator scaler: StandardScaler (repeated)"});
        const QString custom = lines({"Sequence : Pipeline",
                                      "  Estimator custom: MyTransformer",
                                      "  Estimator clf: LogisticRegression"});
        const QString tfidf = lines({"Sequence : Pipeline",
                                     "  Estimator tfidf: TfidfVectorizer",
                                     "  Estimator nb: MultinomialNB"});

        for (const QString &corpus : {QStringLiteral("corpus"), QStringLiteral("corpus-np2")}) {
            auto row = [&](const char *stem, const QString &expected) {
                QTest::addRow("%s/%s", qPrintable(corpus), stem) << corpus << QString::fromLatin1(stem) << expected;
            };
            row("pipeline_scaler_svc", pipelineSvc);
            row("column_transformer_onehot_log1p", columnTransformer);
            row("gridsearch_pipeline_logreg", gridSearch);
            row("logreg_iris", logreg);
            row("logreg_iris_deflated", logreg);
            row("gradient_boosting_regressor", boosting);
            row("shared_references", shared);
            row("custom_untrusted_transformer", custom);
            row("tfidf_multinomialnb", tfidf);
            row("function_references", QStringLiteral("Estimator transformer_exp: FunctionTransformer"));
            row("partial_and_operator_funcs", QStringLiteral("Estimator transformer: FunctionTransformer"));
            row("decision_tree_iris", QStringLiteral("Estimator : DecisionTreeClassifier"));
            row("misc_untrusted_objects", QString());
            row("python_containers", QString());
            row("sparse_matrices", QString());
        }

        const QString forest = lines({"Estimator : RandomForestClassifier",
                                      "  Estimator estimator: DecisionTreeClassifier",
                                      "  Collapsed estimators_: DecisionTreeClassifier x5"});
        QTest::newRow("corpus/random_forest_small") << QStringLiteral("corpus") << QStringLiteral("random_forest_small") << forest;
        QTest::newRow("corpus/random_forest_small_deflated")
            << QStringLiteral("corpus") << QStringLiteral("random_forest_small_deflated") << forest;
        // scikit-learn 1.4 also stores estimator_, the same object as estimator.
        const QString forest14 = lines({"Estimator : RandomForestClassifier",
                                        "  Estimator estimator: DecisionTreeClassifier",
                                        "  Estimator estimator_: DecisionTreeClassifier (repeated)",
                                        "  Collapsed estimators_: DecisionTreeClassifier x5"});
        QTest::newRow("corpus-np2/random_forest_small")
            << QStringLiteral("corpus-np2") << QStringLiteral("random_forest_small") << forest14;

        QTest::newRow("corpus/stacking_classifier")
            << QStringLiteral("corpus") << QStringLiteral("stacking_classifier")
            << lines({"Estimator : StackingClassifier",
                      "  Parallel estimators: ",
                      "    Estimator rf: RandomForestClassifier",
                      "      Estimator estimator: DecisionTreeClassifier",
                      "    Sequence svc: Pipeline",
                      "      Estimator scaler: StandardScaler",
                      "      Estimator svc: SVC",
                      "  Estimator final_estimator: LogisticRegression",
                      "  Estimator final_estimator_: LogisticRegression",
                      "  Collapsed estimators_: RandomForestClassifier, Pipeline x2"});
        QTest::newRow("corpus/voting_classifier_soft")
            << QStringLiteral("corpus") << QStringLiteral("voting_classifier_soft")
            << lines({"Estimator : VotingClassifier",
                      "  Parallel estimators: ",
                      "    Estimator lr: LogisticRegression",
                      "    Estimator dt: DecisionTreeClassifier",
                      "    Estimator nb: GaussianNB",
                      "  Estimator le_: LabelEncoder",
                      "  Collapsed estimators_: LogisticRegression, DecisionTreeClassifier, GaussianNB x3"});
        QTest::newRow("corpus/isolation_forest")
            << QStringLiteral("corpus") << QStringLiteral("isolation_forest")
            << lines({"Estimator : IsolationForest",
                      "  Estimator estimator: ExtraTreeRegressor",
                      "  Collapsed estimators_: ExtraTreeRegressor x8"});
        QTest::newRow("corpus/protocol1_decision_tree_pipeline")
            << QStringLiteral("corpus") << QStringLiteral("protocol1_decision_tree_pipeline")
            << lines({"Sequence : Pipeline",
                      "  Estimator scaler: StandardScaler",
                      "  Estimator tree: DecisionTreeClassifier"});
        QTest::newRow("corpus-np2/function_transformer_sqrt_logreg")
            << QStringLiteral("corpus-np2") << QStringLiteral("function_transformer_sqrt_logreg")
            << lines({"Sequence : Pipeline",
                      "  Estimator sqrt: FunctionTransformer",
                      "  Estimator expit: FunctionTransformer",
                      "  Estimator scaler: StandardScaler",
                      "  Estimator clf: LogisticRegression"});
    }

    void corpusHierarchy()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, stem);
        QFETCH(QString, expected);
        const QString path = testdata::dataDir() + QLatin1Char('/') + corpus + QLatin1Char('/') + stem
                             + QStringLiteral(".skops");
        const auto file = SkopsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        const EstimatorGraph graph = EstimatorGraph::build(file.value()->tree());
        QCOMPARE(outline(graph), expected);
        QCOMPARE(graph.isEmpty(), expected.isEmpty());
        QCOMPARE(graph.boxCount(), expected.isEmpty() ? 0 : int(expected.count(QLatin1Char('\n')) + 1));
    }

    // Every box, in every corpus file, checked against schema.json itself.
    void everyBoxMatchesSchema_data()
    {
        QTest::addColumn<CorpusFile>("file");
        const auto files = testdata::corpusFiles();
        QVERIFY(files.size() >= 75);
        for (const CorpusFile &file : files)
            QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
    }

    void everyBoxMatchesSchema()
    {
        QFETCH(CorpusFile, file);
        const auto opened = SkopsFile::open(file.path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const JsonDocument &doc = opened.value()->schema();
        const EstimatorGraph graph = EstimatorGraph::build(opened.value()->tree());
        const nlohmann::json oracle = testdata::oracle(file);
        const QString visualize = QString::fromStdString(oracle["visualize"].get<std::string>());

        // The root: one box of the oracle's root type when the root is an
        // estimator, else each top-level estimator as visualize lists it.
        const bool rootIsEstimator = oracle["root_loader"] == "ObjectNode"
                                     && doc.resolve(QStringLiteral("/content/content/_sklearn_version"))
                                            != JsonDocument::npos;
        if (rootIsEstimator) {
            QCOMPARE(graph.roots().size(), std::size_t(1));
            QCOMPARE(graph.roots().front().typeName.toStdString(), oracle["root_type"].get<std::string>());
            QCOMPARE(graph.roots().front().path, QString());
        } else {
            for (const EstimatorBox &root : graph.roots()) {
                const QString line = QStringLiteral("── %1: %2").arg(root.stepName, root.typeName);
                QVERIFY2(visualize.contains(QStringLiteral("├") + line) || visualize.contains(QStringLiteral("└") + line),
                         qPrintable(line));
            }
        }

        int boxes = 0;
        for (const EstimatorBox &root : graph.roots()) {
            forEachBox(root, nullptr, [&](const EstimatorBox &box, const EstimatorBox *parent) {
                ++boxes;
                const QByteArray where = (box.path + QStringLiteral(" (") + box.stepName + QLatin1Char(')')).toUtf8();
                const JsonDocument::Index state = doc.resolve(box.path);
                const JsonDocument::Index occurrence = doc.resolve(box.occurrencePath);
                QVERIFY2(state != JsonDocument::npos && occurrence != JsonDocument::npos, where.constData());
                QCOMPARE(doc.serialize(doc.member(occurrence, "__id__")), doc.serialize(doc.member(state, "__id__")));
                const QString loader = memberText(doc, state, "__loader__");
                switch (box.kind) {
                case EstimatorBox::Kind::Estimator:
                case EstimatorBox::Kind::Sequence:
                case EstimatorBox::Kind::Parallel:
                    if (box.typeName.isEmpty()) { // a parameter's list of named estimators
                        QVERIFY2(loader == QLatin1String("ListNode") || loader == QLatin1String("TupleNode"), where.constData());
                        break;
                    }
                    QCOMPARE(loader, QStringLiteral("ObjectNode"));
                    QCOMPARE(memberText(doc, state, "__class__"), box.className);
                    QCOMPARE(memberText(doc, state, "__module__") + QLatin1Char('.') + box.className, box.typeName);
                    break;
                case EstimatorBox::Kind::Collapsed:
                    QVERIFY2(loader == QLatin1String("ListNode") || loader == QLatin1String("NdArrayNode"), where.constData());
                    QVERIFY(box.count > 0);
                    break;
                case EstimatorBox::Kind::Passthrough:
                case EstimatorBox::Kind::Drop:
                    QCOMPARE(loader, QStringLiteral("JsonNode"));
                    break;
                }
                if (!parent) {
                    QVERIFY(box.stepName.isEmpty() || lastSegment(box.occurrencePath) == box.stepName);
                    return;
                }
                // Children sit inside their parent's state in schema.json.
                QVERIFY2(box.occurrencePath.startsWith(parent->path + QLatin1Char('/')), where.constData());
                // A step or branch is the second item of a (name, estimator[, columns])
                // tuple and is named by the first; anything else by its attribute.
                const QString items = parentPointer(box.occurrencePath);
                const JsonDocument::Index owner = doc.resolve(parentPointer(items));
                if (memberText(doc, owner, "__loader__") == QLatin1String("TupleNode")) {
                    QCOMPARE(lastSegment(box.occurrencePath), QStringLiteral("1"));
                    QCOMPARE(jsonNodeString(doc, doc.resolve(items + QStringLiteral("/0"))), box.stepName);
                } else {
                    QCOMPARE(lastSegment(box.occurrencePath), box.stepName);
                }
            });
        }
        QCOMPARE(graph.boxCount(), boxes);
        QCOMPARE(int(graph.boxes().size()), boxes);
    }

    // A fitted ensemble's box counts what the estimator's own n_estimators says.
    void collapsedCountsMatchNEstimators()
    {
        int checked = 0;
        for (const CorpusFile &file : testdata::corpusFiles()) {
            const auto opened = SkopsFile::open(file.path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            const JsonDocument &doc = opened.value()->schema();
            const EstimatorGraph graph = EstimatorGraph::build(opened.value()->tree());
            for (const EstimatorBox &root : graph.roots()) {
                forEachBox(root, nullptr, [&](const EstimatorBox &box, const EstimatorBox *parent) {
                    if (box.kind != EstimatorBox::Kind::Collapsed || box.stepName != QLatin1String("estimators_"))
                        return;
                    const JsonDocument::Index n = doc.resolve(parent->path + QStringLiteral("/content/content/n_estimators"));
                    if (n == JsonDocument::npos)
                        return;
                    QCOMPARE(QString::number(box.count), memberText(doc, n, "content"));
                    ++checked;
                });
            }
        }
        // Forests (x2 corpora, + deflated), isolation forest, gradient boosting (x2),
        // and the forest inside the stacking classifier is unfitted (no estimators_).
        QCOMPARE(checked, 7);
    }

    void boxForPathFindsNearestEstimator()
    {
        const auto file = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/pipeline_scaler_svc.skops"));
        QVERIFY(file.ok());
        const EstimatorGraph graph = EstimatorGraph::build(file.value()->tree());
        const QString svc = QStringLiteral("/content/content/steps/content/1/content/1");
        const EstimatorBox *box = graph.boxForPath(svc + QStringLiteral("/content/content/C"));
        QVERIFY(box);
        QCOMPARE(box->path, svc);
        QCOMPARE(box->className, QStringLiteral("SVC"));
        QCOMPARE(graph.boxForPath(svc), box);
        // The tuple around the step, and the steps list, belong to the pipeline.
        QCOMPARE(graph.boxForPath(QStringLiteral("/content/content/steps/content/1"))->className, QStringLiteral("Pipeline"));
        QCOMPARE(graph.boxForPath(QStringLiteral("/content/content/memory"))->className, QStringLiteral("Pipeline"));

        const auto forest = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus-np2/random_forest_small.skops"));
        QVERIFY(forest.ok());
        const EstimatorGraph forestGraph = EstimatorGraph::build(forest.value()->tree());
        // estimator_ is the same object as estimator: its own occurrence wins.
        QCOMPARE(forestGraph.boxForPath(QStringLiteral("/content/content/estimator_"))->stepName, QStringLiteral("estimator_"));
        QCOMPARE(forestGraph.boxForPath(QStringLiteral("/content/content/estimator"))->stepName, QStringLiteral("estimator"));
        const EstimatorBox *tree = forestGraph.boxForPath(QStringLiteral("/content/content/estimators_/content/2/content/content/tree_"));
        QVERIFY(tree);
        QCOMPARE(tree->kind, EstimatorBox::Kind::Collapsed);

        const auto containers = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/python_containers.skops"));
        QVERIFY(containers.ok());
        const EstimatorGraph empty = EstimatorGraph::build(containers.value()->tree());
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.boxForPath(QString()), nullptr);
    }

    void columnTransformerSpecification()
    {
        const Json ct = object("sklearn.compose._column_transformer", "ColumnTransformer",
                               {{"transformers", list({branch("num", object(kSklearnPreprocessing, "StandardScaler"), slice(0, 3, nullptr)),
                                                       branch("cat", object("sklearn.preprocessing._encoders", "OneHotEncoder"),
                                                              list({value("a"), value("b")})),
                                                       branch("keep", value("passthrough"), value("c")),
                                                       branch("gone", value("drop"), list({value(4)}))})},
                                {"remainder", object(kSklearnPreprocessing, "MinMaxScaler")},
                                {"sparse_threshold", value(0.3)}});
        const BuiltTree built = buildTree(ct);
        QVERIFY2(built.ok, qPrintable(built.error));
        const EstimatorGraph graph = EstimatorGraph::build(built.tree);
        QCOMPARE(outline(graph), lines({"Parallel : ColumnTransformer",
                                        "  Estimator num: StandardScaler columns=slice(0, 3, None)",
                                        "  Estimator cat: OneHotEncoder columns=['a', 'b']",
                                        "  Passthrough keep:  columns='c'",
                                        "  Drop gone:  columns=[4]",
                                        "  Estimator remainder: MinMaxScaler"}));
        const EstimatorBox &root = graph.roots().front();
        QCOMPARE(root.children[2].path, QStringLiteral("/content/content/transformers/content/2/content/1"));
        QCOMPARE(root.children[0].typeName, QStringLiteral("sklearn.preprocessing._data.StandardScaler"));
    }

    void fittedColumnTransformerPrefersFittedBranches()
    {
        const Json ct = object("sklearn.compose._column_transformer", "ColumnTransformer",
                               {{"transformers", list({branch("num", object(kSklearnPreprocessing, "StandardScaler"), list({value(0)}))})},
                                {"remainder", object(kSklearnPreprocessing, "MinMaxScaler")},
                                {"transformers_", list({branch("num", object(kSklearnPreprocessing, "StandardScaler",
                                                                             {{"mean_", value(0.5)}}),
                                                               list({value(0)})),
                                                        branch("remainder", object(kSklearnPreprocessing, "MinMaxScaler"),
                                                               list({value(1), value(2)}))})},
                                {"named_transformers_", object("sklearn.utils._bunch", "Bunch", {}, false)}});
        const BuiltTree built = buildTree(ct);
        QVERIFY2(built.ok, qPrintable(built.error));
        const EstimatorGraph graph = EstimatorGraph::build(built.tree);
        QCOMPARE(outline(graph), lines({"Parallel : ColumnTransformer",
                                        "  Estimator num: StandardScaler columns=[0]",
                                        "  Estimator remainder: MinMaxScaler columns=[1, 2]"}));
        QVERIFY(graph.roots().front().children[1].path.contains(QLatin1String("/transformers_/")));
    }

    void featureUnionAndPassthroughSteps()
    {
        const Json union_ = object("sklearn.pipeline", "FeatureUnion",
                                   {{"transformer_list", list({step("pca", object("sklearn.decomposition._pca", "PCA")),
                                                               step("kbest", object("sklearn.feature_selection._univariate_selection", "SelectKBest"))})},
                                    {"n_jobs", value(nullptr)}});
        const Json pipeline = object("sklearn.pipeline", "Pipeline",
                                     {{"steps", list({step("none", value(nullptr)), step("skip", value("passthrough")),
                                                      step("union", union_), step("clf", object("sklearn.svm._classes", "SVC"))})},
                                      {"memory", value(nullptr)}});
        const BuiltTree built = buildTree(pipeline);
        QVERIFY2(built.ok, qPrintable(built.error));
        QCOMPARE(outline(EstimatorGraph::build(built.tree)), lines({"Sequence : Pipeline",
                                                                    "  Passthrough none: ",
                                                                    "  Passthrough skip: ",
                                                                    "  Parallel union: FeatureUnion",
                                                                    "    Estimator pca: PCA",
                                                                    "    Estimator kbest: SelectKBest",
                                                                    "  Estimator clf: SVC"}));
    }

    // No class list: wrapped estimators are found by their attributes.
    void metaEstimatorsByAttributes()
    {
        std::vector<Json> calibrated;
        for (int i = 0; i < 3; ++i)
            calibrated.push_back(object("sklearn.calibration", "_CalibratedClassifier",
                                        {{"estimator", object("sklearn.svm._classes", "LinearSVC")},
                                         {"calibrators", list({object("sklearn.calibration", "_SigmoidCalibration")})}},
                                        false));
        const Json calibratedCv = object("sklearn.calibration", "CalibratedClassifierCV",
                                         {{"estimator", object("my_models", "Model", {{"depth", value(3)}}, false)},
                                          {"method", value("sigmoid")},
                                          {"cv", object("sklearn.model_selection._split", "KFold", {{"n_splits", value(3)}}, false)},
                                          {"calibrated_classifiers_", list(calibrated)}});
        BuiltTree built = buildTree(calibratedCv);
        QVERIFY2(built.ok, qPrintable(built.error));
        QCOMPARE(outline(EstimatorGraph::build(built.tree)), lines({"Estimator : CalibratedClassifierCV",
                                                                    "  Estimator estimator: Model",
                                                                    "  Collapsed calibrated_classifiers_: _CalibratedClassifier x3"}));

        const Json target = object("sklearn.compose._target", "TransformedTargetRegressor",
                                   {{"regressor", object(kSklearnLinear, "LinearRegression")},
                                    {"transformer", object(kSklearnPreprocessing, "StandardScaler")},
                                    {"func", value(nullptr)},
                                    {"_training_dim", value(1)},
                                    {"regressor_", object(kSklearnLinear, "LinearRegression", {{"coef_", value(2.0)}})},
                                    {"_private_model", object(kSklearnLinear, "LinearRegression")},
                                    {"transformer_", object(kSklearnPreprocessing, "StandardScaler", {{"mean_", value(1.0)}})}});
        built = buildTree(target);
        QVERIFY2(built.ok, qPrintable(built.error));
        QCOMPARE(outline(EstimatorGraph::build(built.tree)), lines({"Estimator : TransformedTargetRegressor",
                                                                    "  Estimator regressor: LinearRegression",
                                                                    "  Estimator transformer: StandardScaler",
                                                                    "  Estimator regressor_: LinearRegression",
                                                                    "  Estimator transformer_: StandardScaler"}));

        // A gradient-boosting-like 2-D object array of estimators.
        const Json row = list({object("sklearn.tree._classes", "DecisionTreeRegressor")});
        const Json array = Json{{"__class__", "ndarray"}, {"__module__", "numpy"}, {"__loader__", "NdArrayNode"},
                                {"type", "json"}, {"content", Json::array({row, row, row})},
                                {"shape", tuple({value(3), value(1)})}};
        built = buildTree(object("sklearn.ensemble._gb", "GradientBoostingRegressor",
                                 {{"n_estimators", value(3)}, {"estimators_", array}}));
        QVERIFY2(built.ok, qPrintable(built.error));
        QCOMPARE(outline(EstimatorGraph::build(built.tree)), lines({"Estimator : GradientBoostingRegressor",
                                                                    "  Collapsed estimators_: DecisionTreeRegressor x3"}));
    }

    void estimatorsInsidePlainContainers()
    {
        const Json root = dict({{"plain", value(1)},
                                {"models", list({object(kSklearnLinear, "LinearRegression"), object("sklearn.svm._classes", "SVC")})},
                                {"meta", dict({{"best", object("sklearn.pipeline", "Pipeline",
                                                               {{"steps", list({step("s", object(kSklearnPreprocessing, "StandardScaler"))})}})}})},
                                {"settings", object("my_models", "Settings", {{"level", value(2)}}, false)}});
        const BuiltTree built = buildTree(root);
        QVERIFY2(built.ok, qPrintable(built.error));
        const EstimatorGraph graph = EstimatorGraph::build(built.tree);
        QCOMPARE(outline(graph), lines({"Estimator models[0]: LinearRegression",
                                        "Estimator models[1]: SVC",
                                        "Sequence meta.best: Pipeline",
                                        "  Estimator s: StandardScaler"}));
        QCOMPARE(graph.roots()[1].path, QStringLiteral("/content/models/content/1"));
    }

    // An estimator that contains itself (an `__id__` cycle) is drawn once.
    void cycleIsCut()
    {
        const Json self = withId(Json{{"__class__", "BaggingClassifier"}, {"__module__", "sklearn.ensemble._bagging"},
                                      {"__loader__", "ObjectNode"}},
                                 7);
        const Json root = withId(object("sklearn.ensemble._bagging", "BaggingClassifier", {{"estimator", self}}), 7);
        const BuiltTree built = buildTree(root);
        QVERIFY2(built.ok, qPrintable(built.error));
        QVERIFY(built.tree.firstBackEdge());
        QCOMPARE(outline(EstimatorGraph::build(built.tree)), QStringLiteral("Estimator : BaggingClassifier"));
    }

    // Shared estimators are expanded once: a file nesting voting classifiers
    // whose two members are the same object 25 levels deep stays linear
    // (each level adds its box, its group and one repeated member).
    void sharedEstimatorsStayLinear()
    {
        constexpr int levels = 25;
        Json inner = withId(object(kSklearnLinear, "LinearRegression"), 1000);
        for (int level = 1; level <= levels; ++level) {
            const Json repeat = withId(Json{{"__class__", inner["__class__"]}, {"__module__", inner["__module__"]},
                                            {"__loader__", "ObjectNode"}},
                                       inner["__id__"].get<long long>());
            inner = withId(object("sklearn.ensemble._voting", "VotingRegressor",
                                  {{"estimators", list({step("a", inner), step("b", repeat)})}}),
                           1000 + level);
        }
        const BuiltTree built = buildTree(inner);
        QVERIFY2(built.ok, qPrintable(built.error));
        const EstimatorGraph graph = EstimatorGraph::build(built.tree);
        QCOMPARE(graph.boxCount(), 1 + 3 * levels);
        const EstimatorBox &top = graph.roots().front();
        QCOMPARE(top.children.front().children[1].repeated, true);
        QCOMPARE(top.children.front().children[1].children.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestEstimatorGraph)
#include "tst_estimatorgraph.moc"
