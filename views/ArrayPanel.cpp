#include "ArrayPanel.h"

#include "ArrayView.h"
#include "NpyArray.h"
#include "SkopsFile.h"
#include "SparseMatrix.h"
#include "SparseMatrixView.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using skops::GroupKind;
using skops::Loader;
using skops::NodeId;
using skops::NpyArray;
using skops::NpyDtype;
using skops::SparseMatrix;

namespace {

// What a background load hands back: the arrays or the matrix, or why not.
struct LoadedContent
{
    std::shared_ptr<const NpyArray> data;
    std::shared_ptr<const NpyArray> mask;
    std::shared_ptr<const SparseMatrix> sparse;
    skops::Error error;
};

skops::Result<std::shared_ptr<const NpyArray>> loadArray(
    const skops::SkopsFile &file, const QString &member)
{
    auto bytes = file.mapMember(member);
    if (!bytes)
        return bytes.error();
    auto array = NpyArray::fromMember(bytes.value(), file.limits());
    if (!array)
        return array.error();
    return std::make_shared<const NpyArray>(std::move(array).value());
}

QString kindName(NpyDtype::Kind kind)
{
    switch (kind) {
    case NpyDtype::Kind::Bool: return ArrayPanel::tr("boolean");
    case NpyDtype::Kind::SignedInt: return ArrayPanel::tr("signed integer");
    case NpyDtype::Kind::UnsignedInt: return ArrayPanel::tr("unsigned integer");
    case NpyDtype::Kind::Float: return ArrayPanel::tr("floating point");
    case NpyDtype::Kind::Complex: return ArrayPanel::tr("complex");
    case NpyDtype::Kind::Unicode: return ArrayPanel::tr("Unicode string");
    case NpyDtype::Kind::Bytes: return ArrayPanel::tr("byte string");
    case NpyDtype::Kind::Void: return ArrayPanel::tr("raw bytes (void)");
    case NpyDtype::Kind::Datetime: return ArrayPanel::tr("datetime");
    case NpyDtype::Kind::Timedelta: return ArrayPanel::tr("timedelta");
    case NpyDtype::Kind::Structured: return ArrayPanel::tr("structured record");
    }
    return QString();
}

QString byteOrderName(NpyDtype::ByteOrder order)
{
    switch (order) {
    case NpyDtype::ByteOrder::Little: return ArrayPanel::tr("little-endian");
    case NpyDtype::ByteOrder::Big: return ArrayPanel::tr("big-endian");
    case NpyDtype::ByteOrder::NotApplicable: return ArrayPanel::tr("not applicable");
    }
    return QString();
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 extent : shape)
        parts << QString::number(extent);
    if (shape.size() == 1)
        return QLatin1Char('(') + parts.front() + QLatin1String(",)");
    return QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

// The dtype as rich text: its names, size and kind, and for a record one
// table row per entry (padding included, since it occupies bytes).
QString dtypeHtml(const NpyDtype &dtype)
{
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(ArrayPanel::tr("dtype"), dtype.name());
    html += row(ArrayPanel::tr("dtype.str"), dtype.str());
    html += row(ArrayPanel::tr("Kind"), kindName(dtype.kind()));
    html += row(ArrayPanel::tr("Item size (bytes)"), QString::number(dtype.itemSize()));
    html += row(ArrayPanel::tr("Byte order"), byteOrderName(dtype.byteOrder()));
    html += QStringLiteral("</table>");
    if (!dtype.isStructured())
        return html;
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\"><tr><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"right\">%4</th>"
                           "<th align=\"right\">%5</th></tr>")
                .arg(ArrayPanel::tr("Fields").toHtmlEscaped(), ArrayPanel::tr("Name").toHtmlEscaped(),
                    ArrayPanel::tr("Format").toHtmlEscaped(), ArrayPanel::tr("Offset").toHtmlEscaped(),
                    ArrayPanel::tr("Size").toHtmlEscaped());
    for (const NpyDtype::Entry &entry : dtype.entries()) {
        QString format = entry.format->name();
        if (entry.subShape)
            format += QLatin1Char(' ') + shapeText(*entry.subShape);
        const QString name = entry.isPadding() ? ArrayPanel::tr("(padding)") : entry.name;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(name.toHtmlEscaped(), format.toHtmlEscaped())
                    .arg(entry.offset)
                    .arg(entry.size);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ArrayPanel::ArrayPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel)
    , m_arrayView(new ArrayView)
    , m_sparseView(new SparseMatrixView)
    , m_loadingDelay(new QTimer(this))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(8);
    auto *messageScroll = new QScrollArea;
    messageScroll->setWidget(m_message);
    messageScroll->setWidgetResizable(true);
    messageScroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(messageScroll);
    m_pages->addWidget(m_arrayView);
    m_pages->addWidget(m_sparseView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // "Loading" appears only when a load takes long enough to notice.
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(150);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] {
        if (m_content == Content::Loading)
            m_pages->setCurrentIndex(0);
    });
    showNode(skops::kNoNode);
}

ArrayPanel::~ArrayPanel() = default;

void ArrayPanel::setFile(std::shared_ptr<const skops::SkopsFile> file)
{
    m_file = std::move(file);
    m_arrayView->clear();
    m_sparseView->clear();
    showNode(skops::kNoNode);
}

QString ArrayPanel::messageText() const
{
    return m_message->text();
}

void ArrayPanel::showMessage(const QString &text, Content content, Qt::TextFormat format)
{
    m_loadingDelay->stop();
    m_content = content;
    m_message->setTextFormat(format);
    m_message->setText(text);
    m_pages->setCurrentIndex(0);
    emit contentReady(m_node);
}

void ArrayPanel::showNode(NodeId node)
{
    if (m_file && node != skops::kNoNode && node == m_node) {
        // Already shown, or its load is under way (another occurrence of
        // the same node, or the same selection again).
        if (m_content != Content::Loading)
            emit contentReady(node);
        return;
    }
    ++m_job; // a load still under way is now stale
    m_node = node;
    if (!m_file || node == skops::kNoNode || node >= m_file->tree().nodeCount()) {
        m_node = skops::kNoNode;
        showMessage(tr("Select an array, a numpy scalar, a dtype, a masked array or a sparse "
                       "matrix in the tree to see its values here."));
        return;
    }
    switch (m_file->tree().node(node).loader) {
    case Loader::NdArrayNode:
        showArrayNode(node);
        break;
    case Loader::MaskedArrayNode:
        showMaskedArrayNode(node);
        break;
    case Loader::DTypeNode:
        showDtypeNode(node);
        break;
    case Loader::SparseMatrixNode:
        showSparseNode(node);
        break;
    default:
        showMessage(tr("%1 is not an array. Select an array, a numpy scalar, a dtype, a masked "
                       "array or a sparse matrix in the tree to see its values here.")
                        .arg(m_file->tree().qTypeName(node)));
        break;
    }
}

QString ArrayPanel::displayName(NodeId node) const
{
    // The attribute it belongs to, from the state's JSON pointer: the last
    // key that is not skops' "content" wrapper, with a list position as
    // an index ("/content/content/coefs_/content/0" gives "coefs_[0]").
    const skops::NodeTree &tree = m_file->tree();
    QStringList keys;
    for (QString segment : tree.path(node).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (segment != QLatin1String("content"))
            keys << segment;
    }
    QString name;
    bool isIndex = false;
    if (!keys.isEmpty())
        keys.last().toLongLong(&isIndex);
    if (isIndex && keys.size() >= 2)
        name = keys[keys.size() - 2] + QLatin1Char('[') + keys.last() + QLatin1Char(']');
    else if (!keys.isEmpty())
        name = keys.last();
    const QString type = tree.qTypeName(node);
    if (type != QLatin1String("numpy.ndarray") && tree.node(node).loader == Loader::NdArrayNode)
        name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + type + QLatin1Char(')');
    return name;
}

void ArrayPanel::showArrayNode(NodeId node)
{
    const QString member = m_file->tree().memberName(node);
    if (member.isEmpty()) {
        showObjectArray(node, QString());
        return;
    }
    startLoad(member, QString(), false, displayName(node));
}

void ArrayPanel::showMaskedArrayNode(NodeId node)
{
    const skops::NodeTree &tree = m_file->tree();
    const NodeId data = tree.childNamed(node, "data");
    const NodeId mask = tree.childNamed(node, "mask");
    if (data == skops::kNoNode || tree.node(data).loader != Loader::NdArrayNode) {
        showMessage(tr("This masked array has no readable data array."));
        return;
    }
    const QString dataMember = tree.memberName(data);
    if (dataMember.isEmpty()) {
        showObjectArray(data, tr("A masked array of objects."));
        return;
    }
    const QString maskMember = mask != skops::kNoNode && tree.node(mask).loader == Loader::NdArrayNode
        ? tree.memberName(mask)
        : QString();
    startLoad(dataMember, maskMember, false, displayName(node));
}

void ArrayPanel::showDtypeNode(NodeId node)
{
    const skops::NodeTree &tree = m_file->tree();
    const NodeId content = tree.childNamed(node, "content");
    const QString member = content == skops::kNoNode ? QString() : tree.memberName(content);
    const skops::NpyHeader *header = member.isEmpty() ? nullptr : m_file->npyHeader(member);
    if (!header) {
        showMessage(tr("This dtype's array member is missing or unreadable."));
        return;
    }
    // The dtype is all the empty array carries: its header says it all.
    showMessage(QStringLiteral("<p>%1</p>").arg(tr("A numpy dtype (stored as an empty array in %1).")
                                                   .arg(member)
                                                   .toHtmlEscaped())
            + dtypeHtml(header->dtype()),
        Content::Dtype, Qt::RichText);
}

void ArrayPanel::showObjectArray(NodeId node, const QString &prefix)
{
    const skops::NodeTree &tree = m_file->tree();
    const skops::JsonDocument &document = tree.document();
    qint64 items = 0;
    for (const skops::ChildGroup &group : tree.groups(node)) {
        if (group.name == "content" && group.kind == GroupKind::List)
            items = group.refCount;
    }
    // The shape is a tuple of JSON ints.
    QStringList shape;
    const NodeId shapeNode = tree.childNamed(node, "shape");
    if (shapeNode != skops::kNoNode) {
        for (const skops::ChildGroup &group : tree.groups(shapeNode)) {
            if (group.name != "content" || group.kind != GroupKind::List)
                continue;
            for (const skops::NodeRef &ref : tree.refs(group)) {
                const skops::JsonDocument::Index text
                    = document.member(tree.node(ref.node).state, "content");
                shape << (document.isString(text) ? document.qstring(text) : QStringLiteral("?"));
            }
        }
    }
    const QString shapeText = shape.size() == 1
        ? QLatin1Char('(') + shape.front() + QLatin1String(",)")
        : QLatin1Char('(') + shape.join(QLatin1String(", ")) + QLatin1Char(')');
    QString text = prefix.isEmpty() ? QString() : prefix + QLatin1Char(' ');
    text += tr("An object array (dtype=object) of shape %1; top-level items: %2. skops stores its "
               "elements as nodes of the tree, not as an .npy member: expand it in the tree to see "
               "them.")
                .arg(shapeText)
                .arg(items);
    showMessage(text, Content::ObjectArray);
}

void ArrayPanel::showSparseNode(NodeId node)
{
    const QString member = m_file->tree().memberName(node);
    if (member.isEmpty()) {
        showMessage(tr("This sparse matrix names no member."));
        return;
    }
    startLoad(member, QString(), true, displayName(node));
}

void ArrayPanel::startLoad(
    const QString &dataMember, const QString &maskMember, bool sparse, const QString &name)
{
    const quint64 job = m_job;
    const NodeId node = m_node;
    m_content = Content::Loading;
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(tr("Loading %1…").arg(dataMember));
    m_loadingDelay->start();
    auto *watcher = new QFutureWatcher<LoadedContent>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, node, name, sparse] {
        const LoadedContent loaded = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // another node was selected since
        m_loadingDelay->stop();
        if (loaded.error.code != skops::ErrorCode::None) {
            showMessage(tr("The array cannot be shown: %1").arg(loaded.error.message));
            return;
        }
        if (sparse) {
            m_content = Content::SparseMatrix;
            m_sparseView->setMatrix(loaded.sparse, name);
            m_pages->setCurrentWidget(m_sparseView);
        } else {
            m_content = Content::Array;
            m_arrayView->setArray(loaded.data, loaded.mask, name);
            m_pages->setCurrentWidget(m_arrayView);
        }
        emit contentReady(node);
    });
    watcher->setFuture(QtConcurrent::run([file = m_file, dataMember, maskMember, sparse] {
        LoadedContent loaded;
        if (sparse) {
            auto bytes = file->mapMember(dataMember);
            if (!bytes) {
                loaded.error = bytes.error();
                return loaded;
            }
            auto matrix = SparseMatrix::fromNpz(bytes.value(), dataMember, file->limits());
            if (!matrix)
                loaded.error = matrix.error();
            else
                loaded.sparse = std::make_shared<const SparseMatrix>(std::move(matrix).value());
            return loaded;
        }
        auto data = loadArray(*file, dataMember);
        if (!data) {
            loaded.error = data.error();
            return loaded;
        }
        loaded.data = data.value();
        if (!maskMember.isEmpty()) {
            auto mask = loadArray(*file, maskMember);
            if (!mask) {
                loaded.error = mask.error();
                return loaded;
            }
            loaded.mask = mask.value();
        }
        return loaded;
    }));
}
