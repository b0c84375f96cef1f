// The Fitted attributes table against the oracles (array shapes, dtypes,
// member sizes) and an independent walk over schema.json read with QuaZip
// and nlohmann.
#include "AttributeTableModel.h"
#include "SklearnDefaults.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <map>
#include <quazip.h>
#include <quazipfile.h>
#include <set>

using namespace skops;
// schema.json in document order, as the tables list rows.
using OrderedJson = nlohmann::ordered_json;

namespace {

// numpy's itemsize from dtype.str: '<f8' -> 8, '<U5' -> 20, '|V52' -> 52, '<M8[s]' -> 8.
qint64 itemSize(const std::string &dtype)
{
    const char kind = dtype.at(1);
    qint64 digits = std::stoll(dtype.substr(2));
    return kind == 'U' ? digits * 4 : digits;
}

qint64 oracleDataBytes(const nlohmann::json &array)
{
    qint64 elements = 1;
    for (const auto &dim : array["shape"])
        elements *= dim.get<qint64>();
    return elements * itemSize(array["dtype"].get<std::string>());
}

QString pythonShape(const nlohmann::json &shape)
{
    QStringList dims;
    for (const auto &dim : shape)
        dims << QString::number(dim.get<qint64>());
    return QLatin1Char('(') + dims.join(QLatin1String(", "))
        + (dims.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

bool truthyId(const OrderedJson &state)
{
    if (!state.contains("__id__"))
        return false;
    const OrderedJson &id = state["__id__"];
    return !(id.is_null() || id == 0 || id == false || id == "");
}

// What the attribute sizes mean, computed from schema.json and the oracle
// alone: every distinct state below (repeats of an `__id__` resolved to the
// first full state with it) adds its JsonNode text or dict keys, and every distinct
// member its data bytes (.npy) or its size in the archive.
class IndependentSizes
{
public:
    IndependentSizes(const OrderedJson &schema, const nlohmann::json &oracle)
    {
        indexStates(schema);
        for (const auto &array : oracle["arrays"])
            m_memberBytes[array["file"].get<std::string>()] = oracleDataBytes(array);
        for (const auto &member : oracle["zip_members"]) {
            const std::string name = member["name"].get<std::string>();
            if (!m_memberBytes.count(name))
                m_memberBytes[name] = member["file_size"].get<qint64>();
        }
    }

    qint64 bytesBelow(const std::vector<const OrderedJson *> &roots)
    {
        m_seenIds.clear();
        m_seenMembers.clear();
        qint64 bytes = 0;
        for (const OrderedJson *root : roots)
            bytes += walkState(*root);
        return bytes;
    }

private:
    void indexStates(const OrderedJson &value)
    {
        if (value.is_object()) {
            if (value.contains("__loader__") && value["__loader__"] != "CachedNode"
                && truthyId(value))
                m_firstState.emplace(value["__id__"].dump(), &value);
            for (const auto &child : value)
                indexStates(child);
        } else if (value.is_array()) {
            for (const auto &child : value)
                indexStates(child);
        }
    }

    qint64 walkState(const OrderedJson &occurrence)
    {
        const OrderedJson *state = &occurrence;
        if (truthyId(occurrence)) {
            const std::string id = occurrence["__id__"].dump();
            if (!m_seenIds.insert(id).second)
                return 0;
            if (const auto first = m_firstState.find(id); first != m_firstState.end())
                state = first->second;
        }
        qint64 bytes = 0;
        const std::string loader = state->value("__loader__", "");
        if (loader == "JsonNode" && (*state)["content"].is_string())
            bytes += qint64((*state)["content"].get<std::string>().size());
        if (loader == "DictNode" && (*state)["content"].is_object()) {
            for (auto it = (*state)["content"].begin(); it != (*state)["content"].end(); ++it)
                bytes += qint64(it.key().size());
        }
        if (state->contains("file") && (*state)["file"].is_string()
            && m_seenMembers.insert((*state)["file"].get<std::string>()).second)
            bytes += m_memberBytes[(*state)["file"].get<std::string>()];
        for (auto it = state->begin(); it != state->end(); ++it)
            bytes += walkValue(it.value());
        return bytes;
    }

    qint64 walkValue(const OrderedJson &value)
    {
        if (value.is_object() && value.contains("__loader__"))
            return walkState(value);
        qint64 bytes = 0;
        if (value.is_object() || value.is_array()) {
            for (const auto &child : value)
                bytes += walkValue(child);
        }
        return bytes;
    }

    std::map<std::string, const OrderedJson *> m_firstState;
    std::map<std::string, qint64> m_memberBytes;
    std::set<std::string> m_seenIds;
    std::set<std::string> m_seenMembers;
};

// The nodes storing `_sklearn_version`: scikit-learn's estimators.
std::vector<NodeId> estimatorsOf(const SkopsFile &file)
{
    std::vector<NodeId> ids;
    for (NodeId id = 0; id < file.tree().nodeCount(); ++id) {
        if (!SklearnDefaults::storedVersion(file.tree(), id).isEmpty())
            ids.push_back(id);
    }
    return ids;
}

const OrderedJson *at(const OrderedJson &schema, const QString &pointer)
{
    const OrderedJson::json_pointer jsonPointer(pointer.toStdString());
    return schema.contains(jsonPointer) ? &schema.at(jsonPointer) : nullptr;
}

} // namespace

class TestAttributeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void arrayRowsMatchOracle();
    void everySizeMatchesIndependentWalk();
    void totalModelBytesIsSchemaPlusMembers();
    void payloadMembersCountTheirArchiveSize();
    void logregIrisRows();
    void headers();
};

void TestAttributeTableModel::arrayRowsMatchOracle()
{
    int checked = 0;
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const nlohmann::json oracle = testdata::oracle(corpusFile);
        std::map<QString, nlohmann::json> arrays;
        for (const auto &array : oracle["arrays"])
            arrays[QString::fromStdString(array["file"].get<std::string>())] = array;
        for (const NodeId estimator : estimatorsOf(*file)) {
            AttributeTableModel model;
            QAbstractItemModelTester tester(
                &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setEstimator(file, estimator);
            for (int row = 0; row < model.rowCount(); ++row) {
                const NodeId node = NodeId(model.index(row, 0).data(NodeIdRole).toUInt());
                if (file->tree().node(node).loader != Loader::NdArrayNode)
                    continue;
                const auto found = arrays.find(file->tree().memberName(node));
                if (found == arrays.end())
                    continue;
                const nlohmann::json &array = found->second;
                const QString where = corpusFile.stem + QLatin1Char(' ')
                    + model.index(row, AttributeTableModel::NameColumn).data().toString();
                QVERIFY2(model.sizeBytes(row) == oracleDataBytes(array), qPrintable(where));
                QCOMPARE(model.index(row, AttributeTableModel::ShapeColumn).data().toString(),
                    pythonShape(array["shape"]));
                QCOMPARE(model.index(row, AttributeTableModel::DtypeColumn).data().toString(),
                    QString::fromStdString(array["dtype_name"].get<std::string>()));
                QCOMPARE(model.index(row, AttributeTableModel::TypeColumn).data().toString(),
                    QString::fromStdString(array["class"].get<std::string>()));
                QCOMPARE(
                    model.index(row, AttributeTableModel::SizeColumn).data(SortRole).toDouble(),
                    double(oracleDataBytes(array)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestAttributeTableModel::everySizeMatchesIndependentWalk()
{
    int checked = 0;
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const OrderedJson schema = testdata::schemaOf(corpusFile.path);
        if (schema.is_discarded())
            continue; // NaN literals outside JsonNode contents: nlohmann cannot read them
        IndependentSizes independent(schema, testdata::oracle(corpusFile));
        for (const NodeId estimator : estimatorsOf(*file)) {
            AttributeTableModel model;
            QAbstractItemModelTester tester(
                &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setEstimator(file, estimator);
            std::vector<const OrderedJson *> all;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString path = model.index(row, 0).data(PathRole).toString();
                const OrderedJson *state = at(schema, path);
                QVERIFY2(state, qPrintable(path));
                all.push_back(state);
                QVERIFY2(model.sizeBytes(row) == independent.bytesBelow({ state }),
                    qPrintable(corpusFile.stem + QLatin1Char(' ') + path));
                ++checked;
            }
            QCOMPARE(model.attributesBytes(), independent.bytesBelow(all));
        }
    }
    QVERIFY(checked > 300);
}

void TestAttributeTableModel::totalModelBytesIsSchemaPlusMembers()
{
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const nlohmann::json oracle = testdata::oracle(corpusFile);
        qint64 expected = 0;
        for (const auto &member : oracle["zip_members"])
            expected += member["file_size"].get<qint64>();
        QVERIFY2(
            AttributeTableModel::totalModelBytes(*file) == expected, qPrintable(corpusFile.stem));
        AttributeTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEstimator(file, file->tree().root());
        QCOMPARE(model.totalModelBytes(), expected);
    }
}

void TestAttributeTableModel::payloadMembersCountTheirArchiveSize()
{
    int checked = 0;
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const nlohmann::json oracle = testdata::oracle(corpusFile);
        std::map<QString, qint64> sizes;
        for (const auto &member : oracle["zip_members"])
            sizes[QString::fromStdString(member["name"].get<std::string>())]
                = member["file_size"].get<qint64>();
        for (NodeId id = 0; id < file->tree().nodeCount(); ++id) {
            const Loader loader = file->tree().node(id).loader;
            if (loader != Loader::SparseMatrixNode && loader != Loader::BytesNode
                && loader != Loader::BytearrayNode)
                continue;
            QCOMPARE(AttributeTableModel::subtreeBytes(*file, id),
                sizes.at(file->tree().memberName(id)));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestAttributeTableModel::logregIrisRows()
{
    const testdata::CorpusFile corpusFile { QStringLiteral("corpus"), QStringLiteral("logreg_iris"),
        testdata::dataDir() + QStringLiteral("/corpus/logreg_iris.skops"),
        QStringLiteral("numpy1-sklearn1.2") };
    const auto file = testdata::openSkops(corpusFile.path);
    QVERIFY(file);
    const OrderedJson schema = testdata::schemaOf(corpusFile.path);
    AttributeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, file->tree().root());

    QStringList expected;
    const OrderedJson &state = schema["content"]["content"];
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.key().front() != '_' && it.key().back() == '_')
            expected << QString::fromStdString(it.key());
    }
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, AttributeTableModel::NameColumn).data().toString();
    QCOMPARE(names, expected);
    QVERIFY(names.contains(QStringLiteral("coef_")));

    const int features = int(names.indexOf(QStringLiteral("n_features_in_")));
    QVERIFY(features >= 0);
    QCOMPARE(model.index(features, AttributeTableModel::TypeColumn).data().toString(),
        QStringLiteral("int"));
    QCOMPARE(model.sizeBytes(features),
        qint64(state["n_features_in_"]["content"].get<std::string>().size()));

    // coef_ holds 3 classes x 4 features of float64.
    const int coef = int(names.indexOf(QStringLiteral("coef_")));
    QCOMPARE(model.index(coef, AttributeTableModel::ShapeColumn).data().toString(),
        QStringLiteral("(3, 4)"));
    QCOMPARE(model.sizeBytes(coef), qint64(3 * 4 * 8));
    QCOMPARE(
        model.index(coef, 0).data(PathRole).toString(), QStringLiteral("/content/content/coef_"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalModelBytes(), qint64(0));
}

void TestAttributeTableModel::headers()
{
    AttributeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(AttributeTableModel::NameColumn, Qt::Horizontal).toString(),
        QStringLiteral("Name"));
    QCOMPARE(model.headerData(AttributeTableModel::SizeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Size (bytes)"));
}

QTEST_GUILESS_MAIN(TestAttributeTableModel)
#include "tst_attributetablemodel.moc"
