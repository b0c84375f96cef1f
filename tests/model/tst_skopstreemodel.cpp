// The tree model against skops' own visualize text, and Qt's model checks.
#include "ModelRoles.h"
#include "SkopsTreeModel.h"
#include "TestData.h"

#include "ArchiveBuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;
using testdata::CorpusFile;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

std::shared_ptr<const TrustProfile> profileNamed(const QString &name)
{
    return TrustProfile::builtin(name).value();
}

void fetchAll(SkopsTreeModel &model, const QModelIndex &parent)
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

// The model's rows written as visualize writes its lines: list items are
// labelled "content", JSON values json-type(…), and untrusted nodes tagged.
// Object-array elements and raw values are not in visualize's output.
void visualizeLines(const SkopsTreeModel &model, const QModelIndex &parent, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex key = model.index(row, SkopsTreeModel::KeyColumn, parent);
        const QString loader = key.data(LoaderRole).toString();
        if (loader.isEmpty())
            continue; // raw value
        QString label = key.data().toString();
        if (label.startsWith(QLatin1Char('[')))
            label = QStringLiteral("content");
        const QString value = model.index(row, SkopsTreeModel::ValueColumn, parent).data().toString();
        QString text;
        if (loader == QLatin1String("JsonNode"))
            text = QStringLiteral("json-type(%1)").arg(value);
        else if (loader == QLatin1String("BytesNode") || loader == QLatin1String("BytearrayNode"))
            text = value;
        else
            text = key.data(TypeNameRole).toString();
        if (key.data(TrustStateRole).toInt() == int(TrustState::Untrusted))
            text += QLatin1String(" [UNSAFE]");
        lines << label + QLatin1String(": ") + text;
        if (loader != QLatin1String("NdArrayNode"))
            visualizeLines(model, key, lines);
    }
}

// visualize's lines without the tree glyphs.
QStringList strippedOracleLines(const std::string &text)
{
    QStringList lines;
    for (QString line : QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        qsizetype at = 0;
        while (at < line.size() && (line.at(at) == QChar(0x2502) || line.at(at) == QChar(0x251C)
                                    || line.at(at) == QChar(0x2514) || line.at(at) == QChar(0x2500)
                                    || line.at(at) == QLatin1Char(' ')))
            ++at;
        lines << line.mid(at);
    }
    return lines;
}

} // namespace

class TestSkopsTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsMatchVisualize_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles())
            QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
    }
    void rowsMatchVisualize()
    {
        QFETCH(CorpusFile, file);
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto opened = SkopsFile::open(file.path);
        QVERIFY(opened.ok());
        model.setFile(opened.value(), profileNamed(file.profile));
        fetchAll(model, QModelIndex());

        QStringList lines;
        visualizeLines(model, QModelIndex(), lines);
        const auto oracle = testdata::oracle(file);
        const QStringList expected = strippedOracleLines(oracle["visualize"].get<std::string>());
        if (oracle["visualize_error"].is_null()) {
            QCOMPARE(lines, expected);
        } else {
            QVERIFY(lines.size() > expected.size());
            QCOMPARE(lines.mid(0, expected.size()), expected);
        }
    }

    void valuesDescribeArraysAndSparseMatrices()
    {
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto opened = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/logreg_iris.skops"));
        QVERIFY(opened.ok());
        model.setFile(opened.value(), profileNamed(QStringLiteral("numpy1-sklearn1.2")));
        // The oracle: coef_ is float64 of shape (3, 4).
        const QModelIndex coef = model.indexForPath(QStringLiteral("/content/content/coef_"));
        QVERIFY(coef.isValid());
        QCOMPARE(coef.data().toString(), QStringLiteral("coef_"));
        QCOMPARE(coef.siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(), QStringLiteral("float64 (3, 4)"));
        const QModelIndex solver = model.indexForPath(QStringLiteral("/content/content/solver"));
        QCOMPARE(solver.siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(), QStringLiteral("\"lbfgs\""));
        QCOMPARE(solver.siblingAtColumn(SkopsTreeModel::TypeColumn).data().toString(), QStringLiteral("str"));

        auto sparse = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/sparse_matrices.skops"));
        QVERIFY(sparse.ok());
        model.setFile(sparse.value(), profileNamed(QStringLiteral("numpy1-sklearn1.2")));
        const auto oracle = testdata::oracle({QStringLiteral("corpus"), QStringLiteral("sparse_matrices"), QString(), QString()});
        for (const auto &entry : oracle["sparse_matrices"]) {
            const QModelIndex index = model.indexForPath(QString::fromStdString(entry["path"].get<std::string>()));
            QVERIFY(index.isValid());
            const QString expected = QStringLiteral("%1 %2×%3, %4 stored")
                                         .arg(QString::fromStdString(entry["format"].get<std::string>()))
                                         .arg(entry["shape"][0].get<int>())
                                         .arg(entry["shape"][1].get<int>())
                                         .arg(entry["nnz"].get<int>());
            QCOMPARE(index.siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(), expected);
        }
    }

    void trustStatesAndApproval()
    {
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const CorpusFile file{QStringLiteral("corpus"), QStringLiteral("custom_untrusted_transformer"),
                              testdata::dataDir() + QStringLiteral("/corpus/custom_untrusted_transformer.skops"),
                              QStringLiteral("numpy1-sklearn1.2")};
        auto opened = SkopsFile::open(file.path);
        QVERIFY(opened.ok());
        model.setFile(opened.value(), profileNamed(file.profile));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data(TrustStateRole).toInt(), int(TrustState::UntrustedDescendant));
        QVERIFY(!root.siblingAtColumn(SkopsTreeModel::TrustColumn).data(Qt::ToolTipRole).toString().isEmpty());

        // Every location the audit reports is a row of the model, untrusted.
        const Audit &audit = model.audit();
        QCOMPARE(audit.untrustedTypes(), (std::vector<std::string>{"corpus_custom.MyTransformer", "corpus_custom.Settings"}));
        QModelIndex transformer;
        for (const AuditFinding &finding : audit.findings()) {
            for (const AuditLocation &location : finding.locations) {
                const QModelIndex index = model.indexForPath(location.path);
                QVERIFY2(index.isValid(), qPrintable(location.path));
                QCOMPARE(index.data(PathRole).toString(), location.path);
                QCOMPARE(index.data(TypeNameRole).toString().toStdString(), finding.name);
                QCOMPARE(index.data(TrustStateRole).toInt(), int(TrustState::Untrusted));
                if (finding.name == "corpus_custom.MyTransformer")
                    transformer = index;
            }
        }
        QVERIFY(transformer.isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setApprovedNames({"corpus_custom.MyTransformer"});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(transformer.data(TrustStateRole).toInt(), int(TrustState::Approved));
        QCOMPARE(model.audit().untrustedTypes(), std::vector<std::string>{"corpus_custom.Settings"});
        QCOMPARE(root.data(TrustStateRole).toInt(), int(TrustState::UntrustedDescendant));
        model.setApprovedNames({"corpus_custom.MyTransformer", "corpus_custom.Settings"});
        QCOMPARE(root.data(TrustStateRole).toInt(), int(TrustState::Trusted));
    }

    void approvingABoundMethodApprovesItsNode()
    {
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto opened = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/bound_method_methodnode.skops"));
        QVERIFY(opened.ok());
        model.setFile(opened.value(), profileNamed(QStringLiteral("numpy1-sklearn1.2")));
        // The oracle's two names: the class and its bound method.
        const std::set<std::string> names{"sklearn.preprocessing._data.StandardScaler",
                                          "sklearn.preprocessing._data.StandardScaler.transform"};
        QCOMPARE(model.audit().untrustedTypes(), std::vector<std::string>(names.begin(), names.end()));
        QModelIndex method;
        for (const AuditFinding &finding : model.audit().findings()) {
            if (finding.methodName)
                method = model.indexForPath(finding.locations.front().path);
        }
        QVERIFY(method.isValid());
        QCOMPARE(method.data(LoaderRole).toString(), QStringLiteral("MethodNode"));
        QCOMPARE(method.data(TrustStateRole).toInt(), int(TrustState::Untrusted));
        model.setApprovedNames({"sklearn.preprocessing._data.StandardScaler"});
        QCOMPARE(method.data(TrustStateRole).toInt(), int(TrustState::Untrusted));
        model.setApprovedNames(names);
        QVERIFY(model.audit().untrustedTypes().empty());
        QCOMPARE(method.data(TrustStateRole).toInt(), int(TrustState::Approved));
        QCOMPARE(model.index(0, 0).data(TrustStateRole).toInt(), int(TrustState::Trusted));
    }

    void longListsArriveInBatches()
    {
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // A list of 2,500 JSON values, written inside the test.
        QByteArray items;
        for (int i = 0; i < 2500; ++i)
            items += (i ? ", " : "") + QByteArray("{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", \"content\": \"") + QByteArray::number(i) + "\"}";
        const QByteArray schema = "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": [" + items + "], \"protocol\": 2}";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.skops"));
        QVERIFY(testdata::writeFile(path, testdata::buildSkops(schema)));
        auto opened = SkopsFile::open(path);
        QVERIFY(opened.ok());
        model.setFile(opened.value(), profileNamed(QStringLiteral("union")));
        const QModelIndex root = model.index(0, 0);
        QVERIFY(model.hasChildren(root));
        QCOMPARE(model.rowCount(root), SkopsTreeModel::kBatchSize);
        QVERIFY(model.canFetchMore(root));
        model.fetchMore(root);
        // (The model tester may fetch further batches itself.)
        QVERIFY(model.rowCount(root) >= 2 * SkopsTreeModel::kBatchSize);
        const QModelIndex last = model.indexForPath(QStringLiteral("/content/2499"));
        QVERIFY(last.isValid());
        QCOMPARE(last.siblingAtColumn(SkopsTreeModel::ValueColumn).data().toString(), QStringLiteral("2499"));
        QCOMPARE(model.rowCount(root), 2500);
        QVERIFY(!model.canFetchMore(root));
    }
};

QTEST_GUILESS_MAIN(TestSkopsTreeModel)
#include "tst_skopstreemodel.moc"
