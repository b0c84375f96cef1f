#include "TreePrinter.h"

#include "PythonText.h"

namespace skops {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Loaders whose children visualize never shows.
bool childrenHidden(const Node &node)
{
    switch (node.loader) {
    case Loader::JsonNode:
    case Loader::BytesNode:
    case Loader::BytearrayNode:
    case Loader::NdArrayNode:
    case Loader::SparseMatrixNode:
        return true;
    case Loader::FunctionNode:
        return node.protocolVariant != 0;
    default:
        return false;
    }
}

} // namespace

TreePrinter::TreePrinter(const SkopsFile &file, const Audit &audit)
    : m_file(file)
    , m_audit(audit)
{
}

QString TreePrinter::valueText(const SkopsFile &file, NodeId id)
{
    const NodeTree &tree = file.tree();
    const Node &node = tree.node(id);
    const JsonDocument &doc = tree.document();
    switch (node.loader) {
    case Loader::JsonNode: {
        const auto content = doc.member(node.state, "content");
        const QString text = doc.isString(content) ? doc.qstring(content)
                                                   : python::jsonValueRepr(doc, content);
        return QStringLiteral("json-type(%1)").arg(text);
    }
    case Loader::BytesNode:
    case Loader::BytearrayNode: {
        const Result<MemberBytes> bytes = file.readMember(tree.memberName(id));
        const QString text = bytes.ok()
                                 ? python::reprlibBytes(bytes.value().view())
                                 : QStringLiteral("<unreadable: %1>").arg(bytes.error().message);
        return node.loader == Loader::BytesNode ? text : QStringLiteral("bytearray(%1)").arg(text);
    }
    default:
        return tree.qTypeName(id);
    }
}

bool TreePrinter::print(ShowFilter show, const LineSink &sink)
{
    m_show = show;
    m_sink = &sink;
    m_prefix.clear();
    m_previousLevel = 0;
    m_lines = 0;
    m_truncated = false;
    walk(m_file.tree().root(), u"root", 0, false, false);
    if (m_truncated)
        sink(QStringLiteral("… (cut after %1 lines)").arg(m_lines));
    return !m_truncated;
}

QString TreePrinter::render(ShowFilter show)
{
    QString text;
    print(show, [&text](const QString &line) {
        text += line;
        text += QLatin1Char('\n');
    });
    return text;
}

void TreePrinter::walk(NodeId id, QStringView key, int level, bool isLast, bool backEdge)
{
    if (m_truncated)
        return;
    const NodeTree &tree = m_file.tree();
    const Node &node = tree.node(id);
    // File text is cut before our own markers are added, so that a long
    // name can never push "[UNSAFE]" out of sight.
    const quint64 maxChars = m_file.limits().maxShownChars;
    Line line;
    line.key = python::shownText(key, maxChars);
    line.label = python::shownText(valueText(m_file, id), maxChars);
    line.selfSafe = m_audit.isSelfSafe(id);
    line.safe = m_audit.isSafe(id);
    if (!line.selfSafe)
        line.label += QLatin1String(" [UNSAFE]");
    // Like " [UNSAFE]", the tree's own markers are English whatever the locale:
    // the output is compared with skops' visualize and read by scripts.
    if (backEdge)
        line.label += QStringLiteral(" [cycle: repeats %1]").arg(tree.path(id));
    line.level = level;
    line.isLast = isLast;
    emitLine(line);
    if (backEdge || childrenHidden(node))
        return;

    const auto groups = tree.groups(id);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const ChildGroup &group = groups[g];
        const bool lastGroup = g + 1 == groups.size();
        const QString name = fromView(group.name);
        const auto refs = tree.refs(group);
        switch (group.kind) {
        case GroupKind::Node:
            if (!refs.empty())
                walkChild(refs.front(), name, level + 1, lastGroup);
            break;
        case GroupKind::List:
            for (std::size_t i = 0; i < refs.size(); ++i)
                walkChild(refs[i], name, level + 1, i + 1 == refs.size());
            break;
        case GroupKind::Map:
            for (std::size_t i = 0; i < refs.size(); ++i)
                walkChild(refs[i], fromView(refs[i].label), level + 1, i + 1 == refs.size());
            break;
        case GroupKind::Raw:
            if (tree.document().isObject(group.raw) && node.loader != Loader::SliceNode) {
                // A raw mapping (protocol-0 states): its members, one level down.
                const JsonDocument &doc = tree.document();
                const std::uint32_t n = doc.size(group.raw);
                for (std::uint32_t i = 0; i < n; ++i)
                    walkRaw(doc.child(group.raw, i), fromView(doc.key(group.raw, i)), level + 1,
                            i + 1 == n);
            } else {
                walkRaw(group.raw, name, level + 1, lastGroup);
            }
            break;
        case GroupKind::Bytes:
        case GroupKind::Absent:
            break;
        }
    }
}

void TreePrinter::walkChild(const NodeRef &ref, QStringView key, int level, bool isLast)
{
    if (ref.node == kNoNode)
        return;
    // visualize hides a trusted key_types list (it only re-types dict keys).
    if (key == u"key_types") {
        const Node &target = m_file.tree().node(ref.node);
        if (target.loader == Loader::ListNode && m_audit.isSafe(ref.node))
            return;
    }
    walk(ref.node, key, level, isLast, ref.backEdge);
}

void TreePrinter::walkRaw(JsonDocument::Index value, QStringView key, int level, bool isLast)
{
    const JsonDocument &doc = m_file.tree().document();
    const quint64 maxChars = m_file.limits().maxShownChars;
    Line line;
    line.key = python::shownText(key, maxChars);
    line.level = level;
    line.isLast = isLast;
    if (doc.isObject(value)) {
        line.label = QStringLiteral("dict");
        emitLine(line);
        const std::uint32_t n = doc.size(value);
        for (std::uint32_t i = 0; i < n; ++i)
            walkRaw(doc.child(value, i), fromView(doc.key(value, i)), level + 1, i + 1 == n);
        return;
    }
    line.label = python::shownText(python::jsonValueRepr(doc, value), maxChars);
    emitLine(line);
}

void TreePrinter::emitLine(const Line &line)
{
    if (m_truncated)
        return;
    const bool root = m_lines == 0 && line.level == 0;
    if (!root) {
        const bool visible = m_show == ShowFilter::All
                             || (m_show == ShowFilter::Untrusted && !line.safe)
                             || (m_show == ShowFilter::Trusted && line.selfSafe);
        if (!visible)
            return;
    }
    if (m_lines >= m_file.limits().maxTreeLines) {
        m_truncated = true;
        return;
    }
    ++m_lines;
    const QString text = python::escapeForDisplay(line.key) + QLatin1String(": ")
                         + python::escapeForDisplay(line.label);
    if (root) {
        (*m_sink)(text);
        m_previousLevel = 0;
        return;
    }
    // Before a node at level L the prefix holds L-1 segments (skops' plain printer).
    const std::size_t depth = std::size_t(std::max(line.level - 1, 0));
    m_prefix.resize(depth, QStringLiteral("    "));
    QString out;
    for (const QString &segment : m_prefix)
        out += segment;
    out += line.isLast ? QStringLiteral("└── ") : QStringLiteral("├── ");
    out += text;
    (*m_sink)(out);
    m_prefix.push_back(line.isLast ? QStringLiteral("    ") : QStringLiteral("│   "));
    m_previousLevel = line.level;
}

} // namespace skops
