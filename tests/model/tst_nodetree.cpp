// Tree building and auditing of hand-written schemas: skops' memo, cycle,
// trust-context and validation rules (format doc §5, §7, §8).
#include "Audit.h"
#include "NodeTree.h"
#include "TrustProfile.h"

#include <QTest>

using namespace skops;

namespace {

// Schemas are written with ' for " to stay readable.
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray jsonNode(const char *content, int id = 0)
{
    QByteArray text = "{'__class__': 'str', '__module__': 'builtins', '__loader__': 'JsonNode', 'content': '" + QByteArray(content) + "'";
    if (id)
        text += ", '__id__': " + QByteArray::number(id);
    return q(text + "}");
}

QByteArray listNode(const QList<QByteArray> &items, const QByteArray &id = QByteArray())
{
    QByteArray text = q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [");
    text += items.join(", ") + "]";
    if (!id.isEmpty())
        text += ", \"__id__\": " + id;
    return text + "}";
}

QByteArray withProtocol(QByteArray root, int protocol = 2)
{
    root.chop(1);
    return root + ", \"protocol\": " + QByteArray::number(protocol) + "}";
}

Result<NodeTree> buildFrom(const QByteArray &schema, const QStringList &members = {})
{
    auto doc = JsonDocument::parse(schema);
    if (!doc.ok())
        return doc.error();
    auto shared = std::make_shared<const JsonDocument>(std::move(doc).value());
    return NodeTree::build(shared, [members](const QString &name) { return members.contains(name); });
}

std::shared_ptr<const TrustProfile> profile()
{
    return TrustProfile::builtin(QStringLiteral("numpy2-sklearn1.4")).value();
}

std::vector<std::string> untrusted(const NodeTree &tree, const std::set<std::string> &trusted = {})
{
    return Audit::run(tree, *profile(), trusted).untrustedTypes();
}

} // namespace

class TestNodeTree : public QObject
{
    Q_OBJECT

private slots:
    void repeatedIdResolvesToTheFirstNode()
    {
        // [J("1", id=5), J("2", id=5)] loads as [1, 1] in skops.
        const auto tree = buildFrom(withProtocol(listNode({jsonNode("1", 5), jsonNode("2", 5)})));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(tree->nodeCount(), std::size_t(2));
        const auto refs = tree->refs(tree->groups(tree->root())[0]);
        QCOMPARE(refs.size(), std::size_t(2));
        QCOMPARE(refs[0].node, refs[1].node);
        QCOMPARE(tree->document().pointer(refs[1].state), QStringLiteral("/content/1"));
    }

    void idsCompareLikePython()
    {
        // 1, 1.0 and true are one key; "1" is another; 0 is never memoised.
        QByteArray items = listNode({q("{'__id__': 1, '__class__': 'str', '__module__': 'builtins', '__loader__': 'JsonNode', 'content': 'a'}"),
                                     q("{'__id__': 1.0}"), q("{'__id__': true}"),
                                     q("{'__id__': '1', '__class__': 'str', '__module__': 'builtins', '__loader__': 'JsonNode', 'content': 'b'}"),
                                     jsonNode("c", 0), jsonNode("d", 0)});
        const auto tree = buildFrom(withProtocol(items));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        const auto refs = tree->refs(tree->groups(tree->root())[0]);
        QCOMPARE(refs[1].node, refs[0].node);
        QCOMPARE(refs[2].node, refs[0].node);
        QVERIFY(refs[3].node != refs[0].node);
        QVERIFY(refs[4].node != refs[5].node);
        QCOMPARE(tree->nodeCount(), std::size_t(5));
    }

    void cycleIsCutNotFollowed()
    {
        // A list whose element refers back to the list itself.
        const QByteArray schema = withProtocol(listNode({q("{'__id__': 77}"), jsonNode("1")}, "77"));
        const auto tree = buildFrom(schema);
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        const auto refs = tree->refs(tree->groups(tree->root())[0]);
        QCOMPARE(refs[0].node, tree->root());
        QVERIFY(refs[0].backEdge);
        QVERIFY(!refs[1].backEdge);
        const Audit audit = Audit::run(tree.value(), *profile());
        QVERIFY(audit.untrustedTypes().empty());
        QVERIFY(audit.isSafe(tree->root()));
    }

    void treeNodeContextTrustsItsDescendants()
    {
        // A FunctionNode named sklearn.tree._tree.Tree is reported in a plain
        // list but not inside a TreeNode's state (format doc §8.4).
        const QByteArray fn = q("{'__class__': 'Tree', '__module__': 'sklearn.tree._tree', '__loader__': 'FunctionNode'}");
        const QByteArray treeNode = q("{'__class__': 'Tree', '__module__': 'sklearn.tree._tree', '__loader__': 'TreeNode', "
                                      "'__reduce__': {'args': {'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': []}}, "
                                      "'content': ") + listNode({fn}) + "}";
        const auto inside = buildFrom(withProtocol(listNode({treeNode})));
        QVERIFY2(inside.ok(), qPrintable(inside.error().message));
        QVERIFY(untrusted(inside.value()).empty());
        const auto outside = buildFrom(withProtocol(listNode({fn})));
        QCOMPARE(untrusted(outside.value()), std::vector<std::string>{"sklearn.tree._tree.Tree"});
    }

    void methodNodeReportsTheMethodOfItsObject()
    {
        const QByteArray obj = q("{'__class__': 'Holder', '__module__': 'pkg', '__loader__': 'ObjectNode'}");
        const QByteArray method = q("{'__class__': 'Holder', '__module__': 'pkg', '__loader__': 'MethodNode', 'content': {'func': 'm', 'obj': ") + obj + "}}";
        const auto tree = buildFrom(withProtocol(method));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(untrusted(tree.value()), (std::vector<std::string>{"pkg.Holder", "pkg.Holder.m"}));
        // Trusting the class does not trust the method.
        QCOMPARE(untrusted(tree.value(), {"pkg.Holder"}), std::vector<std::string>{"pkg.Holder.m"});

        const QByteArray spoofed = q("{'__class__': 'Safe', '__module__': 'pkg', '__loader__': 'MethodNode', 'content': {'func': 'm', 'obj': ") + obj + "}}";
        // skops >= 0.12 refuses a node whose object has another class; the
        // tree keeps it (StructuralCheck warns) and the audit names the
        // label and the method of the object that loading would use.
        const auto spoofedTree = buildFrom(withProtocol(spoofed));
        QVERIFY2(spoofedTree.ok(), qPrintable(spoofedTree.error().message));
        QCOMPARE(untrusted(spoofedTree.value()), (std::vector<std::string>{"pkg.Holder", "pkg.Holder.m", "pkg.Safe"}));
    }

    void operatorFunctionIsNamedAsItIsCalled()
    {
        const QByteArray attrs = q("{'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': []}");
        const auto good = buildFrom(withProtocol(q("{'__class__': 'attrgetter', '__module__': 'operator', '__loader__': 'OperatorFuncNode', 'attrs': ") + attrs + "}"));
        QVERIFY(good.ok());
        QCOMPARE(untrusted(good.value()), std::vector<std::string>{"operator.attrgetter"});
        // Another module is kept (skops >= 0.12 refuses it; StructuralCheck
        // warns); construction would call operator.call, so that is named too.
        const auto spoofed = buildFrom(withProtocol(q("{'__class__': 'call', '__module__': 'safe', '__loader__': 'OperatorFuncNode', 'attrs': ") + attrs + "}"));
        QVERIFY2(spoofed.ok(), qPrintable(spoofed.error().message));
        QCOMPARE(untrusted(spoofed.value()), (std::vector<std::string>{"operator.call", "safe.call"}));
    }

    void jsonAndSliceNodesNeverReport()
    {
        const QByteArray json = q("{'__class__': 'system', '__module__': 'os', '__loader__': 'JsonNode', 'content': '1'}");
        const QByteArray slice = q("{'__class__': 'system', '__module__': 'os', '__loader__': 'SliceNode', 'content': {'start': 1, 'stop': null, 'step': NaN}}");
        const auto tree = buildFrom(withProtocol(listNode({json, slice})));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        const Audit audit = Audit::run(tree.value(), *profile());
        QVERIFY(audit.untrustedTypes().empty());
        // visualize still tags the spoofed slice, whose own name is not trusted.
        QVERIFY(!audit.isSelfSafe(2));
        QVERIFY(audit.isSafe(2));
    }

    void defaultDictIgnoresCallerTrustAtNodeLevel()
    {
        const QByteArray dict = q("{'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {}, 'key_types': ") + listNode({}) + "}";
        const QByteArray factory = q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'TypeNode'}");
        const QByteArray dd = q("{'__class__': 'MyDefault', '__module__': 'pkg', '__loader__': 'DefaultDictNode', 'content': {'main': ") + dict + ", \"default_factory\": " + factory + "}}";
        const auto tree = buildFrom(withProtocol(dd));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(untrusted(tree.value()), std::vector<std::string>{"pkg.MyDefault"});
        const Audit trusting = Audit::run(tree.value(), *profile(), {"pkg.MyDefault"});
        QVERIFY(trusting.untrustedTypes().empty());   // subtracted at the end
        QVERIFY(!trusting.isSelfSafe(tree->root()));  // yet not trusted at node level
    }

    void protocolZeroFunctionIsNamedByItsContent()
    {
        const QByteArray fn = q("{'__class__': 'ufunc', '__module__': 'numpy', '__loader__': 'FunctionNode', 'content': {'module_path': 'numpy.core._multiarray_umath', 'function': 'sqrt'}}");
        const auto tree = buildFrom(withProtocol(listNode({fn}), 0));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(untrusted(tree.value()), std::vector<std::string>{"numpy.core._multiarray_umath.sqrt"});
    }

    void danglingCachedNodeIsKeptAndReported()
    {
        const QByteArray cached = q("{'__class__': 'Thing', '__module__': 'pkg', '__loader__': 'CachedNode', '__id__': 5}");
        const auto tree = buildFrom(withProtocol(listNode({cached})));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(tree->node(1).loader, Loader::CachedNode);
        QCOMPARE(untrusted(tree.value()), std::vector<std::string>{"pkg.Thing"});
    }

    void reduceNodeGetsASyntheticConstructor()
    {
        const QByteArray loss = q("{'__class__': 'Hinge', '__module__': 'sklearn.linear_model._sgd_fast', '__loader__': 'LossNode', "
                                  "'__reduce__': {'args': {'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', 'content': []}}, "
                                  "'content': {'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {}, 'key_types': ") + listNode({}) + "}}";
        const auto tree = buildFrom(withProtocol(loss));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        const NodeId ctor = tree->childNamed(tree->root(), "constructor");
        QVERIFY(ctor != kNoNode);
        QVERIFY(tree->node(ctor).synthetic);
        QCOMPARE(tree->typeName(ctor), std::string("sklearn.linear_model._sgd_fast.Hinge"));
        QVERIFY(untrusted(tree.value()).empty());
    }

    void rejectsMalformedSchemas_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int invalid = int(ErrorCode::InvalidSchema);
        QTest::newRow("no __class__") << q("{'__module__': 'builtins', '__loader__': 'ListNode', 'content': [], 'protocol': 2}") << invalid << QStringLiteral("\"__class__\"");
        QTest::newRow("no __module__") << q("{'__class__': 'list', '__loader__': 'ListNode', 'content': [], 'protocol': 2}") << invalid << QStringLiteral("\"__module__\"");
        QTest::newRow("no __loader__") << q("{'__class__': 'list', '__module__': 'builtins', 'content': [], 'protocol': 2}") << invalid << QStringLiteral("\"__loader__\"");
        QTest::newRow("unknown loader") << q("{'__class__': 'x', '__module__': 'y', '__loader__': 'EvilNode', 'protocol': 2}") << int(ErrorCode::UnknownLoader) << QStringLiteral("EvilNode");
        QTest::newRow("no protocol") << listNode({}) << int(ErrorCode::UnsupportedProtocol) << QStringLiteral("protocol");
        QTest::newRow("protocol 3") << withProtocol(listNode({}), 3) << int(ErrorCode::UnsupportedProtocol) << QStringLiteral("protocol 3");
        QTest::newRow("protocol string") << q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [], 'protocol': '2'}") << int(ErrorCode::UnsupportedProtocol) << QStringLiteral("protocol");
        QTest::newRow("root not object") << QByteArray("[1]") << invalid << QStringLiteral("not a JSON object");
        QTest::newRow("child not object") << withProtocol(listNode({"\"x\""})) << invalid << QStringLiteral("/content/0");
        QTest::newRow("content not a list") << q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': 'abc', 'protocol': 2}") << invalid << QStringLiteral("\"content\"");
        QTest::newRow("missing member") << withProtocol(q("{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', 'type': 'numpy', 'file': 'gone.npy'}")) << int(ErrorCode::MissingMember) << QStringLiteral("gone.npy");
        QTest::newRow("unknown array type") << withProtocol(q("{'__class__': 'ndarray', '__module__': 'numpy', '__loader__': 'NdArrayNode', 'type': 'pickle'}")) << invalid << QStringLiteral("pickle");
        QTest::newRow("sparse type") << withProtocol(q("{'__class__': 'csr_matrix', '__module__': 'scipy.sparse', '__loader__': 'SparseMatrixNode', 'type': 'numpy', 'file': 'a.npz'}")) << invalid << QStringLiteral("csr_matrix");
        QTest::newRow("list id") << withProtocol(q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', 'content': [], '__id__': [1]}")) << invalid << QStringLiteral("__id__");
        QTest::newRow("null module") << withProtocol(q("{'__class__': null, '__module__': null, '__loader__': 'ListNode', 'content': []}")) << invalid << QStringLiteral("must be strings");
        QTest::newRow("dict without key_types") << withProtocol(q("{'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {}}")) << invalid << QStringLiteral("key_types");
    }
    void rejectsMalformedSchemas()
    {
        QFETCH(QByteArray, schema);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto tree = buildFrom(schema);
        QVERIFY(!tree.ok());
        QCOMPARE(int(tree.error().code), code);
        QVERIFY2(tree.error().message.contains(message), qPrintable(tree.error().message));
    }

    void sharedReferenceExplosionStaysLinear()
    {
        // Each level lists the previous level twice: 2^40 paths, 40 nodes.
        QByteArray level = listNode({jsonNode("1")}, "1000");
        for (int i = 1; i <= 40; ++i) {
            const QByteArray back = "{\"__id__\": " + QByteArray::number(1000 + i - 1) + "}";
            level = listNode({level, back}, QByteArray::number(1000 + i));
        }
        const auto tree = buildFrom(withProtocol(level));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message));
        QCOMPARE(tree->nodeCount(), std::size_t(42));
        QVERIFY(untrusted(tree.value()).empty());
    }
};

QTEST_GUILESS_MAIN(TestNodeTree)
#include "tst_nodetree.moc"
