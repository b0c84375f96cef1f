#include "SyntheticArchive.h"

#include <QByteArray>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstring>
#include <random>

namespace synthetic {

namespace {

QByteArray npyHeader(const QByteArray &descr, const QByteArray &shape)
{
    QByteArray dict = "{'descr': " + descr + ", 'fortran_order': False, 'shape': " + shape + ", }";
    const int total = 10 + dict.size() + 1;
    dict.append(QByteArray((64 - total % 64) % 64, ' '));
    dict.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(char(dict.size() & 0xFF));
    out.append(char((dict.size() >> 8) & 0xFF));
    return out + dict;
}

QByteArray jsonNode(const QByteArray &content)
{
    return "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", \"content\": \""
           + QByteArray(content).replace("\"", "\\\"") + "\", \"is_json\": true}";
}

QByteArray arrayNode(const QByteArray &member, const QByteArray &cls = "ndarray")
{
    return "{\"__class__\": \"" + cls + "\", \"__module__\": \"numpy\", \"__loader__\": \"NdArrayNode\", "
           "\"type\": \"numpy\", \"file\": \"" + member + "\"}";
}

// A DictNode of string keys, with its key_types list, like skops writes.
QByteArray dictNode(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray content;
    QByteArray keyTypes;
    for (const auto &[key, value] : entries) {
        content += (content.isEmpty() ? "" : ", ") + ("\"" + key + "\": " + value);
        keyTypes += QByteArray(keyTypes.isEmpty() ? "" : ", ")
                    + "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"TypeNode\", \"__id__\": 9800064}";
    }
    return "{\"__class__\": \"dict\", \"__module__\": \"builtins\", \"__loader__\": \"DictNode\", \"content\": {" + content
           + "}, \"key_types\": {\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": ["
           + keyTypes + "]}}";
}

QByteArray objectNode(const QByteArray &module, const QByteArray &cls, const QByteArray &state)
{
    return "{\"__class__\": \"" + cls + "\", \"__module__\": \"" + module + "\", \"__loader__\": \"ObjectNode\", \"content\": "
           + state + "}";
}

class Writer
{
public:
    Writer(const QString &path, bool deflate)
        : m_zip(path)
        , m_deflate(deflate)
    {
        m_zip.setZip64Enabled(true);
        m_zip.setUtf8Enabled(true);
        m_ok = m_zip.open(QuaZip::mdCreate);
    }
    bool add(const QString &name, const QByteArray &bytes)
    {
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, m_deflate ? 8 : 0,
                       m_deflate ? 6 : 0))
            return m_ok = false;
        file.write(bytes);
        file.close();
        return m_ok = m_ok && file.getZipError() == 0;
    }
    // Streams a member too large to hold in memory.
    bool addStreamed(const QString &name, const QByteArray &header, qint64 dataBytes)
    {
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
            return m_ok = false;
        file.write(header);
        std::mt19937_64 random(7);
        std::normal_distribution<double> normal;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 written = 0; written < dataBytes;) {
            const qint64 n = std::min<qint64>(chunk.size(), dataBytes - written);
            for (qint64 i = 0; i + 8 <= n; i += 8) {
                const double value = normal(random);
                std::memcpy(chunk.data() + i, &value, 8);
            }
            file.write(chunk.constData(), n);
            written += n;
        }
        file.close();
        return m_ok = m_ok && file.getZipError() == 0;
    }
    bool finish(QString *error)
    {
        m_zip.close();
        if (!m_ok || m_zip.getZipError() != 0) {
            *error = QStringLiteral("writing the archive failed (QuaZip error %1)").arg(m_zip.getZipError());
            return false;
        }
        return true;
    }

private:
    QuaZip m_zip;
    bool m_deflate;
    bool m_ok = false;
};

QByteArray treeArrays(int nodes, int features, int classes, std::mt19937 &random, QByteArray *values)
{
    // sklearn 1.2 Tree.nodes: 7 fields, 56-byte records.
    QByteArray records = npyHeader("[('left_child', '<i8'), ('right_child', '<i8'), ('feature', '<i8'), "
                                   "('threshold', '<f8'), ('impurity', '<f8'), ('n_node_samples', '<i8'), "
                                   "('weighted_n_node_samples', '<f8')]",
                                   "(" + QByteArray::number(nodes) + ",)");
    std::uniform_int_distribution<int> feature(0, features - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    for (qint64 i = 0; i < nodes; ++i) {
        const qint64 left = 2 * i + 1 < nodes ? 2 * i + 1 : -1;
        const qint64 right = 2 * i + 2 < nodes ? 2 * i + 2 : -1;
        const qint64 f = left < 0 ? -2 : feature(random);
        const double threshold = left < 0 ? -2.0 : unit(random);
        const double impurity = unit(random) / 2;
        const qint64 samples = 1000;
        const double weighted = 1000.0;
        char record[56];
        std::memcpy(record, &left, 8);
        std::memcpy(record + 8, &right, 8);
        std::memcpy(record + 16, &f, 8);
        std::memcpy(record + 24, &threshold, 8);
        std::memcpy(record + 32, &impurity, 8);
        std::memcpy(record + 40, &samples, 8);
        std::memcpy(record + 48, &weighted, 8);
        records.append(record, 56);
    }
    *values = npyHeader("'<f8'", "(" + QByteArray::number(nodes) + ", 1, " + QByteArray::number(classes) + ")");
    for (qint64 i = 0; i < qint64(nodes) * classes; ++i) {
        const double v = unit(random);
        values->append(reinterpret_cast<const char *>(&v), 8);
    }
    return records;
}

QByteArray classesArray(int classes)
{
    QByteArray bytes = npyHeader("'<i8'", "(" + QByteArray::number(classes) + ",)");
    for (qint64 c = 0; c < classes; ++c)
        bytes.append(reinterpret_cast<const char *>(&c), 8);
    return bytes;
}

} // namespace

bool writeForest(const QString &path, const ForestOptions &options, QString *error)
{
    Writer writer(path, options.deflate);
    std::mt19937 random(42);
    QByteArray trees;
    const QByteArray classes = classesArray(options.classes);
    for (int t = 0; t < options.trees; ++t) {
        QByteArray values;
        const QByteArray nodes = treeArrays(options.nodesPerTree, options.features, options.classes, random, &values);
        const QByteArray prefix = "t" + QByteArray::number(t) + "_";
        writer.add(QString::fromLatin1(prefix + "nodes.npy"), nodes);
        writer.add(QString::fromLatin1(prefix + "values.npy"), values);
        writer.add(QString::fromLatin1(prefix + "classes.npy"), classes);
        writer.add(QString::fromLatin1(prefix + "nclasses.npy"), classesArray(1));
        const QByteArray treeState = dictNode({{"max_depth", jsonNode("20")},
                                               {"node_count", jsonNode(QByteArray::number(options.nodesPerTree))},
                                               {"nodes", arrayNode(prefix + "nodes.npy")},
                                               {"values", arrayNode(prefix + "values.npy")}});
        const QByteArray treeArgs = "{\"__class__\": \"tuple\", \"__module__\": \"builtins\", \"__loader__\": \"TupleNode\", \"content\": ["
                                    + jsonNode(QByteArray::number(options.features)) + ", " + arrayNode(prefix + "nclasses.npy")
                                    + ", " + jsonNode("1") + "]}";
        const QByteArray treeNode = "{\"__class__\": \"Tree\", \"__module__\": \"sklearn.tree._tree\", \"__reduce__\": {\"args\": "
                                    + treeArgs + "}, \"content\": " + treeState + ", \"__loader__\": \"TreeNode\"}";
        const QByteArray estimator = objectNode(
            "sklearn.tree._classes", "DecisionTreeClassifier",
            dictNode({{"criterion", jsonNode("\"gini\"")},
                      {"splitter", jsonNode("\"best\"")},
                      {"max_depth", jsonNode("null")},
                      {"random_state", jsonNode(QByteArray::number(t))},
                      {"n_features_in_", jsonNode(QByteArray::number(options.features))},
                      {"n_outputs_", jsonNode("1")},
                      {"classes_", arrayNode(prefix + "classes.npy")},
                      {"tree_", treeNode},
                      {"_sklearn_version", jsonNode("\"1.2.1\"")}}));
        trees += (t ? ", " : "") + estimator;
    }
    writer.add(QStringLiteral("forest_classes.npy"), classes);
    const QByteArray root = objectNode(
        "sklearn.ensemble._forest", "RandomForestClassifier",
        dictNode({{"n_estimators", jsonNode(QByteArray::number(options.trees))},
                  {"n_jobs", jsonNode("null")},
                  {"estimators_", "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": [" + trees + "]}"},
                  {"classes_", arrayNode("forest_classes.npy")},
                  {"n_features_in_", jsonNode(QByteArray::number(options.features))},
                  {"_sklearn_version", jsonNode("\"1.2.1\"")}}));
    QByteArray schema = root;
    schema.chop(1);
    schema += ", \"protocol\": 2, \"_skops_version\": \"0.15.dev0\"}";
    writer.add(QStringLiteral("schema.json"), schema);
    return writer.finish(error);
}

bool writeManyMembers(const QString &path, int count, QString *error)
{
    Writer writer(path, false);
    QList<QPair<QByteArray, QByteArray>> entries;
    QByteArray data = npyHeader("'<f8'", "(3,)");
    const double three[3] = {1.0, 2.0, 3.0};
    data.append(reinterpret_cast<const char *>(three), sizeof three);
    for (int i = 0; i < count; ++i) {
        const QByteArray member = "a" + QByteArray::number(i) + ".npy";
        writer.add(QString::fromLatin1(member), data);
        entries.append({"k" + QByteArray::number(i), arrayNode(member)});
    }
    QByteArray schema = dictNode(entries);
    schema.chop(1);
    schema += ", \"protocol\": 2, \"_skops_version\": \"0.15.dev0\"}";
    writer.add(QStringLiteral("schema.json"), schema);
    return writer.finish(error);
}

bool writeLargeArray(const QString &path, qint64 bytes, QString *error)
{
    Writer writer(path, false);
    const qint64 elements = bytes / 8;
    writer.addStreamed(QStringLiteral("big.npy"), npyHeader("'<f8'", "(" + QByteArray::number(elements) + ",)"),
                       elements * 8);
    QByteArray schema = dictNode({{"big", arrayNode("big.npy")}, {"label", jsonNode("\"one large array\"")}});
    schema.chop(1);
    schema += ", \"protocol\": 2, \"_skops_version\": \"0.15.dev0\"}";
    writer.add(QStringLiteral("schema.json"), schema);
    return writer.finish(error);
}

} // namespace synthetic
