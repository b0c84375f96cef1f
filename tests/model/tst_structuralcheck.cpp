// StructuralCheck: one hand-built file per warning code, asserting the
// exact code, path and member; and the corpus, which skops wrote, yields
// nothing but the markup string python_containers holds on purpose.
#include "ArchiveBuilder.h"
#include "SchemaText.h"
#include "Audit.h"
#include "SkopsFile.h"
#include "StructuralCheck.h"
#include "TestData.h"
#include "TrustProfile.h"
#include "WarningCodes.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace skops;
using namespace testdata::schema;
using testdata::ArchiveEntry;
using testdata::CorpusFile;
using testdata::warningCodes;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

// Schemas are written with ' for ".
// A JSON string body: backslashes, quotes and control characters escaped.
QByteArray jsonEscaped(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

QByteArray int64s(const QList<qint64> &values)
{
    QByteArray out;
    for (const qint64 value : values) {
        char bytes[8];
        std::memcpy(bytes, &value, 8);
        out.append(bytes, 8);
    }
    return out;
}

QByteArray floatArray(const QByteArray &shape, int count)
{
    return testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }",
                         QByteArray(8 * count, '\0'));
}

// A scikit-learn Tree `nodes` array: (left, right, feature, threshold) per node.
QByteArray treeNodes(const QList<QList<qint64>> &rows)
{
    QByteArray data;
    for (const QList<qint64> &row : rows)
        data += int64s({row[0], row[1], row[2]}) + QByteArray(8, '\0');
    return testdata::npy("{'descr': [('left_child', '<i8'), ('right_child', '<i8'), ('feature', '<i8'), "
                         "('threshold', '<f8')], 'fortran_order': False, 'shape': ("
                             + QByteArray::number(rows.size()) + ",), }",
                         data);
}

// The same with the three index fields stored as `intType` ("<i4", ">i8", ...).
QByteArray treeNodesAs(const QByteArray &intType, const QList<QList<qint64>> &rows)
{
    const int size = intType.mid(2).toInt();
    const bool bigEndian = intType.startsWith('>');
    QByteArray data;
    for (const QList<qint64> &row : rows) {
        for (int field = 0; field < 3; ++field) {
            for (int i = 0; i < size; ++i) {
                const int shift = 8 * (bigEndian ? size - 1 - i : i);
                data += char((quint64(row[field]) >> shift) & 0xFF);
            }
        }
        data += QByteArray(8, '\0');
    }
    return testdata::npy("{'descr': [('left_child', '" + intType + "'), ('right_child', '" + intType
                             + "'), ('feature', '" + intType + "'), ('threshold', '<f8')], 'fortran_order': False, "
                               "'shape': ("
                             + QByteArray::number(rows.size()) + ",), }",
                         data);
}

// A DecisionTreeClassifier with a three-node tree_ and n_features_in_ = 2.
QByteArray decisionTree(const QByteArray &nodeCount, int nFeatures = 2)
{
    const QByteArray args = q("{'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': [")
                            + json(QByteArray::number(nFeatures)) + ", " + json("1") + "]}";
    const QByteArray tree = q("{'__class__': 'Tree', '__module__': 'sklearn.tree._tree', '__loader__': 'TreeNode', "
                              "'__reduce__': {'args': ")
                            + args + "}, \"content\": "
                            + dict({{"node_count", json(nodeCount)}, {"nodes", array("nodes.npy")},
                                    {"values", array("values.npy")}})
                            + "}";
    return root(object("sklearn.tree._classes", "DecisionTreeClassifier",
                       dict({{"n_features_in_", json("2")}, {"tree_", tree}})));
}

QList<StructuralWarning> ofCode(const std::vector<StructuralWarning> &warnings, WarningCode code)
{
    QList<StructuralWarning> out;
    for (const StructuralWarning &warning : warnings) {
        if (warning.code == code)
            out << warning;
    }
    return out;
}

} // namespace

class TestStructuralCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::shared_ptr<const SkopsFile> m_file;

    // Builds a .skops file, opens it and checks it.
    std::vector<StructuralWarning> check(const QByteArray &schema, const QList<ArchiveEntry> &members = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.skops").arg(++m_files));
        if (!testdata::writeFile(path, testdata::buildSkops(schema, members)))
            qFatal("cannot write %s", qPrintable(path));
        auto file = SkopsFile::open(path);
        if (!file.ok())
            qFatal("cannot open the test file: %s", qPrintable(file.error().message));
        m_file = file.value();
        return StructuralCheck::run(*m_file);
    }

    std::vector<std::string> untrusted() const
    {
        const auto profile = TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value();
        return Audit::run(m_file->tree(), *profile).untrustedTypes();
    }

    // Exactly one warning, of this code, at this path (nullopt: no node).
    // Callers return when it failed, before looking at the warning.
    static void expectOnly(const std::vector<StructuralWarning> &warnings, WarningCode code,
                           const std::optional<QString> &path, const QString &member = QString())
    {
        QCOMPARE(warningCodes(warnings), QStringList{StructuralWarning::codeName(code)});
        QCOMPARE(warnings.front().path, path);
        QCOMPARE(warnings.front().member, member);
        QVERIFY(!warnings.front().message.isEmpty());
    }

private slots:
    void codeNamesAreStable()
    {
        QCOMPARE(StructuralWarning::codeName(WarningCode::UnreferencedMember), QStringLiteral("unreferenced-member"));
        QCOMPARE(StructuralWarning::codeName(WarningCode::IdReusedWithOtherContent),
                 QStringLiteral("id-reused-with-other-content"));
        QCOMPARE(StructuralWarning::codeName(WarningCode::WarningsOmitted), QStringLiteral("warnings-omitted"));
    }

    void unreferencedMember()
    {
        const auto warnings = check(root(list({})), {{QStringLiteral("payload.bin"), "MZ\x90", false}});
        expectOnly(warnings, WarningCode::UnreferencedMember, std::nullopt, QStringLiteral("payload.bin"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("hidden payload")));
        QCOMPARE(warnings.front().node, kNoNode);
    }

    void missingMemberBehindAReusedId()
    {
        // The second state is never built (its __id__ is taken), so skops
        // never notices that the member it names does not exist.
        const QByteArray hidden = q("{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', "
                                    "'type': 'numpy', 'file': 'gone.npy', '__id__': 5}");
        const auto warnings = check(root(list({json("1", 5), hidden})));
        const auto missing = ofCode(warnings, WarningCode::MissingMember);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.front().path, std::optional(QStringLiteral("/content/1")));
        QCOMPARE(missing.front().member, QStringLiteral("gone.npy"));
        QCOMPARE(warningCodes(warnings), (QStringList{QStringLiteral("id-reused-with-other-content"),
                                                      QStringLiteral("missing-member")}));
    }

    void duplicateMemberName()
    {
        const QByteArray npy = floatArray("(1,)", 1);
        const auto warnings = check(root(list({array("a.npy")})), {{QStringLiteral("a.npy"), npy, false},
                                                                   {QStringLiteral("a.npy"), npy, false}});
        expectOnly(warnings, WarningCode::DuplicateMemberName, QStringLiteral("/content/0"), QStringLiteral("a.npy"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("2 entries")));
    }

    void unusualMemberName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("escape character") << QStringLiteral("x\x1b[2J.npy");
        QTest::newRow("backslash") << QStringLiteral("dir\\x.npy");
        QTest::newRow("empty segment") << QStringLiteral("dir//x.npy");
        QTest::newRow("dot segment") << QStringLiteral("./x.npy");
        QTest::newRow("right-to-left override") << QStringLiteral("x\u202Eypn.exe");
    }
    void unusualMemberName()
    {
        QFETCH(QString, name);
        const auto warnings = check(root(list({array(jsonEscaped(name))})), {{name, floatArray("(1,)", 1), false}});
        const auto unusual = ofCode(warnings, WarningCode::UnusualMemberName);
        QCOMPARE(unusual.size(), 1);
        QCOMPARE(unusual.front().path, std::optional(QStringLiteral("/content/0")));
        QCOMPARE(unusual.front().member, name);
        // The name also stands in schema.json, where its control characters are reported.
        for (const StructuralWarning &warning : warnings)
            QVERIFY(warning.code == WarningCode::UnusualMemberName || warning.code == WarningCode::ControlCharacters);
    }

    void sharedMember()
    {
        const auto warnings = check(root(list({array("a.npy", 11), array("a.npy", 12)})),
                                    {{QStringLiteral("a.npy"), floatArray("(1,)", 1), false}});
        expectOnly(warnings, WarningCode::SharedMember, QStringLiteral("/content/0"), QStringLiteral("a.npy"));
    }

    void idReusedWithOtherContent()
    {
        // skops loads [J("1", id=5), J("2", id=5)] as [1, 1]: the "2" is hidden.
        const auto warnings = check(root(list({json("1", 5), json("2", 5)})));
        expectOnly(warnings, WarningCode::IdReusedWithOtherContent, QStringLiteral("/content/1"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(warnings.front().node, m_file->tree().refs(m_file->tree().groups(0)[0])[0].node);
    }

    void repeatsAsSkopsWritesThemAreNotReported()
    {
        // A bare reference, a CachedNode, and a full repeat whose inner
        // transient objects got new ids and a new member with equal bytes.
        const QByteArray first = list({array("a.npy", 21)}, 20);
        const QByteArray again = list({array("b.npy", 22)}, 20);
        const QByteArray cached = q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'CachedNode', '__id__': 20}");
        const QByteArray npy = floatArray("(2,)", 2);
        const auto warnings = check(root(list({first, again, q("{'__id__': 20}"), cached})),
                                    {{QStringLiteral("a.npy"), npy, false}, {QStringLiteral("b.npy"), npy, false}});
        QCOMPARE(warningCodes(warnings), QStringList());
    }

    void sameIdWithOtherArrayBytesIsReported()
    {
        const QByteArray first = list({array("a.npy", 21)}, 20);
        const QByteArray again = list({array("b.npy", 22)}, 20);
        const auto warnings = check(root(list({first, again})),
                                    {{QStringLiteral("a.npy"), floatArray("(2,)", 2), false},
                                     {QStringLiteral("b.npy"), floatArray("(3,)", 3), false}});
        expectOnly(warnings, WarningCode::IdReusedWithOtherContent, QStringLiteral("/content/1"));
    }

    void danglingCachedNode()
    {
        const QByteArray cached = q("{'__class__': 'Thing', '__module__': 'pkg', '__loader__': 'CachedNode', '__id__': 5}");
        const auto warnings = check(root(list({cached})));
        expectOnly(warnings, WarningCode::DanglingCachedNode, QStringLiteral("/content/0"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(StructuralWarning::skopsCannotLoad(WarningCode::DanglingCachedNode));
    }

    void idCycle()
    {
        const auto warnings = check(root(list({q("{'__id__': 77}"), json("1")}, 77)));
        expectOnly(warnings, WarningCode::IdCycle, QStringLiteral("/content/0"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(warnings.front().node, m_file->tree().root());
    }

    void methodOwnerMismatchIsAWarningNotAnError()
    {
        const QByteArray obj = q("{'__class__': 'Holder', '__module__': 'pkg', '__loader__': 'ObjectNode'}");
        const QByteArray method = q("{'__class__': 'Safe', '__module__': 'pkg', '__loader__': 'MethodNode', "
                                    "'content': {'func': 'run', 'obj': ")
                                  + obj + "}}";
        const auto warnings = check(root(method));
        expectOnly(warnings, WarningCode::MethodOwnerMismatch, QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("refuse")));
        // The audit names the method of the object loading would use.
        QCOMPARE(untrusted(), (std::vector<std::string>{"pkg.Holder", "pkg.Holder.run", "pkg.Safe"}));
    }

    void operatorModuleMismatchIsAWarningNotAnError()
    {
        const QByteArray attrs = q("{'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': []}");
        const auto warnings = check(root(q("{'__class__': 'call', '__module__': 'safe', '__loader__': 'OperatorFuncNode', "
                                           "'attrs': ")
                                         + attrs + "}"));
        expectOnly(warnings, WarningCode::OperatorModuleMismatch, QString());
        if (QTest::currentTestFailed())
            return;
        // skops would call operator.call: the audit names it.
        QCOMPARE(untrusted(), (std::vector<std::string>{"operator.call", "safe.call"}));
    }

    void reduceConstructorMismatch_data()
    {
        QTest::addColumn<QByteArray>("loader");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("reported");
        QTest::newRow("TreeNode labelled os.system") << QByteArray("TreeNode") << QByteArray("os.system") << true;
        QTest::newRow("TreeNode as written") << QByteArray("TreeNode") << QByteArray("sklearn.tree._tree.Tree") << false;
        QTest::newRow("LossNode that is no loss") << QByteArray("LossNode") << QByteArray("os.system") << true;
        QTest::newRow("LossNode Hinge") << QByteArray("LossNode") << QByteArray("sklearn.linear_model._sgd_fast.Hinge") << false;
        QTest::newRow("QuantileForestNode labelled builtins.eval") << QByteArray("QuantileForestNode") << QByteArray("builtins.eval") << true;
    }
    void reduceConstructorMismatch()
    {
        QFETCH(QByteArray, loader);
        QFETCH(QByteArray, type);
        QFETCH(bool, reported);
        const int dot = type.lastIndexOf('.');
        const QByteArray args = q("{'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': []}");
        const QByteArray node = q("{'__class__': '" + type.mid(dot + 1) + "', '__module__': '" + type.left(dot)
                                  + "', '__loader__': '" + loader + "', '__reduce__': {'args': ")
                                + args + "}, \"content\": " + dict({}) + "}";
        const auto warnings = check(root(list({node})));
        if (reported)
            expectOnly(warnings, WarningCode::ReduceConstructorMismatch, QStringLiteral("/content/0"));
        else
            QCOMPARE(warningCodes(warnings), QStringList());
    }

    void ignoredTypeLabel()
    {
        const QByteArray spoofed = q("{'__class__': 'system', '__module__': 'os', '__loader__': 'JsonNode', 'content': '1'}");
        const QByteArray slice = q("{'__class__': 'slice', '__module__': 'builtins', '__loader__': 'SliceNode', "
                                   "'content': {'start': 1, 'stop': 2, 'step': null}}");
        const auto warnings = check(root(list({slice, spoofed})));
        expectOnly(warnings, WarningCode::IgnoredTypeLabel, QStringLiteral("/content/1"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("os.system")));
    }

    void consistentTreeHasNoWarning()
    {
        const auto warnings = check(decisionTree("3"), {{QStringLiteral("nodes.npy"), treeNodes({{1, 2, 0}, {-1, -1, -2}, {-1, -1, -2}}), false},
                                                      {QStringLiteral("values.npy"), floatArray("(3, 1, 1)", 3), false}});
        QCOMPARE(warningCodes(warnings), QStringList());
    }

    void treeChildOutOfRange_data()
    {
        QTest::addColumn<QList<qint64>>("first");
        QTest::newRow("beyond node_count") << QList<qint64>{1, 5, 0};
        QTest::newRow("points at itself (predict loops)") << QList<qint64>{0, 2, 0};
        QTest::newRow("one child a leaf marker") << QList<qint64>{-1, 2, 0};
    }
    void treeChildOutOfRange()
    {
        QFETCH(QList<qint64>, first);
        const auto warnings = check(decisionTree("3"), {{QStringLiteral("nodes.npy"), treeNodes({first, {-1, -1, -2}, {-1, -1, -2}}), false},
                                                      {QStringLiteral("values.npy"), floatArray("(3, 1, 1)", 3), false}});
        expectOnly(warnings, WarningCode::TreeChildOutOfRange, QStringLiteral("/content/content/tree_"),
                   QStringLiteral("nodes.npy"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.startsWith(QLatin1String("tree node 0 ")));
    }

    void treeFeatureOutOfRange()
    {
        // n_features_in_ is 2: feature 2 does not exist.
        const auto warnings = check(decisionTree("3"), {{QStringLiteral("nodes.npy"), treeNodes({{1, 2, 2}, {-1, -1, -2}, {-1, -1, -2}}), false},
                                                      {QStringLiteral("values.npy"), floatArray("(3, 1, 1)", 3), false}});
        expectOnly(warnings, WarningCode::TreeFeatureOutOfRange, QStringLiteral("/content/content/tree_"),
                   QStringLiteral("nodes.npy"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("feature 2")));
    }

    // Trees as other platforms or versions could store them: the fields are
    // read in their own width and byte order.
    void treeArraysInOtherLayouts_data()
    {
        QTest::addColumn<QByteArray>("intType");
        QTest::addColumn<QList<qint64>>("first");
        QTest::addColumn<QString>("expected");
        for (const char *type : {"<i4", ">i8", ">i4", "<i2"}) {
            const QByteArray intType(type);
            QTest::addRow("%s consistent", type) << intType << QList<qint64>{1, 2, 0} << QString();
            QTest::addRow("%s child beyond node_count", type)
                << intType << QList<qint64>{1, 300, 0} << QStringLiteral("tree-child-out-of-range");
            QTest::addRow("%s feature -3", type)
                << intType << QList<qint64>{1, 2, -3} << QStringLiteral("tree-feature-out-of-range");
        }
    }
    void treeArraysInOtherLayouts()
    {
        QFETCH(QByteArray, intType);
        QFETCH(QList<qint64>, first);
        QFETCH(QString, expected);
        const auto warnings = check(decisionTree("3"),
                                    {{QStringLiteral("nodes.npy"), treeNodesAs(intType, {first, {-1, -1, -2}, {-1, -1, -2}}), false},
                                     {QStringLiteral("values.npy"), floatArray("(3, 1, 1)", 3), false}});
        QCOMPARE(warningCodes(warnings), expected.isEmpty() ? QStringList() : QStringList{expected});
        if (!expected.isEmpty())
            QVERIFY2(warnings.front().message.startsWith(QLatin1String("tree node 0 ")),
                     qPrintable(warnings.front().message));
    }

    // A tree of 140,001 nodes, read in pieces: children reaching into the
    // next piece are fine, a fault far into the array is found and named.
    void largeTreeIsCheckedToTheEnd_data()
    {
        QTest::addColumn<qint64>("badNode");
        QTest::addColumn<QList<qint64>>("badRow");
        QTest::addColumn<QString>("expected");
        QTest::newRow("consistent") << qint64(-1) << QList<qint64>() << QString();
        QTest::newRow("feature of node 100000") << qint64(100000) << QList<qint64>{100001, 100002, 7}
                                                << QStringLiteral("tree-feature-out-of-range");
        QTest::newRow("child of node 131071") << qint64(131071) << QList<qint64>{131072, 140001, 0}
                                              << QStringLiteral("tree-child-out-of-range");
    }
    void largeTreeIsCheckedToTheEnd()
    {
        QFETCH(qint64, badNode);
        QFETCH(QList<qint64>, badRow);
        QFETCH(QString, expected);
        constexpr qint64 count = 140001;
        QList<QList<qint64>> rows;
        rows.reserve(count);
        for (qint64 i = 0; i + 2 < count; ++i)
            rows.append(i == badNode ? badRow : QList<qint64>{i + 1, i + 2, 1});
        rows.append({-1, -1, -2});
        rows.append({-1, -1, -2});
        const auto warnings = check(decisionTree(QByteArray::number(count)),
                                    {{QStringLiteral("nodes.npy"), treeNodes(rows), false},
                                     {QStringLiteral("values.npy"), floatArray("(140001, 1, 1)", count), false}});
        QCOMPARE(warningCodes(warnings), expected.isEmpty() ? QStringList() : QStringList{expected});
        if (!expected.isEmpty())
            QVERIFY2(warnings.front().message.startsWith(QStringLiteral("tree node %1 ").arg(badNode)),
                     qPrintable(warnings.front().message));
    }

    void treeNodeCountMismatch()
    {
        const auto warnings = check(decisionTree("4"), {{QStringLiteral("nodes.npy"), treeNodes({{1, 2, 0}, {-1, -1, -2}, {-1, -1, -2}}), false},
                                                      {QStringLiteral("values.npy"), floatArray("(3, 1, 1)", 3), false}});
        expectOnly(warnings, WarningCode::TreeNodeCountMismatch, QStringLiteral("/content/content/tree_"),
                   QStringLiteral("nodes.npy"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QLatin1String("node_count is 4")));
    }

    void fittedShapeMismatch_data()
    {
        QTest::addColumn<QByteArray>("classesShape");
        QTest::addColumn<QByteArray>("coefShape");
        QTest::addColumn<int>("coefCount");
        QTest::addColumn<bool>("reported");
        QTest::newRow("3 classes, (3, 4)") << QByteArray("(3,)") << QByteArray("(3, 4)") << 12 << false;
        QTest::newRow("2 classes, (1, 4)") << QByteArray("(2,)") << QByteArray("(1, 4)") << 4 << false;
        QTest::newRow("3 classes, (2, 4)") << QByteArray("(3,)") << QByteArray("(2, 4)") << 8 << true;
        QTest::newRow("3 classes, (3, 5)") << QByteArray("(3,)") << QByteArray("(3, 5)") << 15 << true;
    }
    void fittedShapeMismatch()
    {
        QFETCH(QByteArray, classesShape);
        QFETCH(QByteArray, coefShape);
        QFETCH(int, coefCount);
        QFETCH(bool, reported);
        const QByteArray schema = root(object("sklearn.linear_model._logistic", "LogisticRegression",
                                              dict({{"n_features_in_", json("4")}, {"classes_", array("classes.npy")},
                                                    {"coef_", array("coef.npy")}})));
        const int classCount = classesShape.mid(1, 1).toInt();
        const auto warnings = check(schema, {{QStringLiteral("classes.npy"), floatArray(classesShape, classCount), false},
                                             {QStringLiteral("coef.npy"), floatArray(coefShape, coefCount), false}});
        if (reported)
            expectOnly(warnings, WarningCode::FittedShapeMismatch, QStringLiteral("/content/content/coef_"),
                       QStringLiteral("coef.npy"));
        else
            QCOMPARE(warningCodes(warnings), QStringList());
    }

    void controlCharacters_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("path");
        // A key holding ESC [31m; JSON escapes decode to real characters.
        QTest::newRow("escape sequence in a key") << root(dict({{"a\\u001b[31mb", json("1")}})) << QStringLiteral("/content/a\x1b[31mb");
        QTest::newRow("newline in a key") << root(dict({{"a\\nroot: os.system", json("1")}})) << QStringLiteral("/content/a\nroot: os.system");
        QTest::newRow("bidi override in a module") << root(list({object("pkg\\u202e", "X", "null")})) << QStringLiteral("/content/0");
        // The JsonNode's text is JSON itself: its \u001b becomes ESC when loaded.
        QTest::newRow("escape in a decoded string") << root(list({json("\\\"\\\\u001b[2J\\\"")})) << QStringLiteral("/content/0");
    }
    void controlCharacters()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, path);
        const auto warnings = check(schema);
        const auto found = ofCode(warnings, WarningCode::ControlCharacters);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().path, std::optional(path));
        // The message shows the text escaped, never raw.
        QVERIFY(!found.front().message.contains(QChar(0x1b)));
        QVERIFY(!found.front().message.contains(QLatin1Char('\n')));
    }

    void lineBreaksInAValueAreText()
    {
        // "a\nb\tc" as a loaded string value: ordinary text.
        QCOMPARE(warningCodes(check(root(list({json("\\\"a\\\\nb\\\\tc\\\"")})))), QStringList());
    }

    void markupText()
    {
        const auto warnings = check(root(dict({{"x", json("\\\"[bold red]approved[/bold red]\\\"")}})));
        expectOnly(warnings, WarningCode::MarkupText, QStringLiteral("/content/x"));
    }

    void bracketsThatAreNotMarkup()
    {
        QCOMPARE(warningCodes(check(root(dict({{"x[0]", json("\\\"[1, 2]\\\"")}})))), QStringList());
    }

    void nonAsciiTypeName()
    {
        // "sklearn" with a Cyrillic "а".
        const auto warnings = check(root(object("skle\xd0\xb0rn.linear_model", "LogisticRegression", "null")));
        expectOnly(warnings, WarningCode::NonAsciiTypeName, QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(warnings.front().message.contains(QStringLiteral("skle\u0430rn")));
    }

    void warningsAreCappedPerCode()
    {
        QList<ArchiveEntry> members;
        for (int i = 0; i < StructuralCheck::kMaxPerCode + 3; ++i)
            members.append({QStringLiteral("extra%1.bin").arg(i), "x", false});
        const auto warnings = check(root(list({})), members);
        QCOMPARE(ofCode(warnings, WarningCode::UnreferencedMember).size(), StructuralCheck::kMaxPerCode);
        const auto omitted = ofCode(warnings, WarningCode::WarningsOmitted);
        QCOMPARE(omitted.size(), 1);
        QVERIFY2(omitted.front().message.startsWith(QLatin1String("3 more unreferenced-member warning")),
                 qPrintable(omitted.front().message));
        QCOMPARE(warnings.size(), std::size_t(StructuralCheck::kMaxPerCode + 1));
    }

    void corpusHasNoWarningsButItsMarkupString_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles())
            QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
    }
    void corpusHasNoWarningsButItsMarkupString()
    {
        QFETCH(CorpusFile, file);
        auto opened = SkopsFile::open(file.path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        auto warnings = StructuralCheck::run(*opened.value());

        // A sparse array written by scipy before 1.11 has no _is_array in its
        // .npz, so load_npz builds a *_matrix: by the oracle's label, format
        // and npz members, exactly those nodes are flagged.
        QStringList relabelled;
        const nlohmann::json oracle = testdata::oracle(file);
        for (const auto &sparse : oracle["sparse_matrices"]) {
            bool isArray = false;
            for (const auto &member : sparse["npz_members"])
                isArray |= member["name"] == "_is_array.npy" && member["first"][0].get<bool>();
            const std::string label = sparse["class"].get<std::string>();
            const std::string built = sparse["format"].get<std::string>() + (isArray ? "_array" : "_matrix");
            if (label.substr(label.rfind('.') + 1) != built)
                relabelled << QString::fromStdString(sparse["path"].get<std::string>());
        }
        QStringList flagged;
        for (auto it = warnings.begin(); it != warnings.end();) {
            if (it->code == WarningCode::IgnoredTypeLabel && it->path) {
                flagged << *it->path;
                it = warnings.erase(it);
            } else {
                ++it;
            }
        }
        QCOMPARE(flagged, relabelled);

        // python_containers holds the string "[bold]not rich markup[/bold]"
        // on purpose; nothing else in files skops wrote is suspicious.
        if (file.stem.startsWith(QLatin1String("python_containers"))) {
            QCOMPARE(warningCodes(warnings), QStringList{QStringLiteral("markup-text")});
            const JsonDocument &schema = opened.value()->schema();
            const auto content = schema.member(schema.resolve(*warnings.front().path), "content");
            QCOMPARE(schema.qstring(content), QStringLiteral("\"[bold]not rich markup[/bold]\""));
        } else {
            QCOMPARE(warningCodes(warnings), QStringList());
        }
    }

    // load_npz builds the class the .npz names, whatever the node says.
    void sparseLabelOtherThanItsNpz()
    {
        const CorpusFile file { QStringLiteral("corpus-np2"), QStringLiteral("sparse_matrices"),
                                testdata::dataDir() + QStringLiteral("/corpus-np2/sparse_matrices.skops"),
                                QStringLiteral("numpy2-sklearn1.4") };
        QByteArray schema = testdata::zipMember(file.path, QStringLiteral("schema.json"));
        // The csc matrix's node now claims to be a csr matrix.
        const QByteArray csc = "\"__class__\": \"csc_matrix\"";
        QCOMPARE(schema.count(csc), 1);
        schema.replace(csc, "\"__class__\": \"csr_matrix\"");
        QList<ArchiveEntry> members;
        const nlohmann::json oracle = testdata::oracle(file);
        for (const auto &member : oracle["zip_members"]) {
            const QString name = QString::fromStdString(member["name"].get<std::string>());
            if (name != QLatin1String("schema.json"))
                members.append({name, testdata::zipMember(file.path, name), false});
        }
        const auto warnings = check(schema, members);
        expectOnly(warnings, WarningCode::IgnoredTypeLabel, QStringLiteral("/content/csc"));
        QVERIFY2(warnings.front().message.contains(QStringLiteral("csc_matrix")), qPrintable(warnings.front().message));
    }
};

QTEST_GUILESS_MAIN(TestStructuralCheck)
#include "tst_structuralcheck.moc"
