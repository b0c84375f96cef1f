#include "EstimatorDiagramView.h"

#include "PythonText.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace skops {

namespace {

constexpr qreal kPadding = 8;
constexpr qreal kGap = 12;         // between children, and below a header
constexpr qreal kArrowGap = 24;    // between pipeline steps
constexpr qreal kRootGap = 32;     // between unrelated top-level estimators
constexpr qreal kMinWidth = 120;
constexpr qreal kMaxTextWidth = 280;
constexpr qreal kMarkerWidth = 18;
constexpr qreal kCornerRadius = 4;
constexpr qreal kMargin = 16;
constexpr int kMaxImageSide = 16384;
constexpr int kIndexKey = 0;

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kSelection(0x00, 0x72, 0xb2);
const QColor kEstimatorFill(0xf0, 0xf8, 0xff);
const QColor kEstimatorBorder(0x6c, 0x8e, 0xbf);
const QColor kContainerBorder(0x9a, 0xa9, 0xbf);
const QColor kNeutralFill(0xf2, 0xf2, 0xf2);
const QColor kNeutralBorder(0x99, 0x99, 0x99);

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
struct TrustStyle {
    QColor border;
    QColor fill;
};

TrustStyle trustStyle(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return {QColor(0x00, 0x9e, 0x73), QColor(0xe0, 0xf3, 0xec)};
    case TrustState::UntrustedDescendant:
        return {QColor(0xe6, 0x9f, 0x00), QColor(0xfc, 0xef, 0xd2)};
    case TrustState::Untrusted:
        return {QColor(0xd5, 0x5e, 0x00), QColor(0xf9, 0xdc, 0xcb)};
    case TrustState::Approved:
        return {QColor(0x56, 0xb4, 0xe9), QColor(0xdc, 0xef, 0xfa)};
    }
    return {kEstimatorBorder, kEstimatorFill};
}

QColor lighter(const QColor &colour)
{
    return QColor((colour.red() + 255) / 2, (colour.green() + 255) / 2, (colour.blue() + 255) / 2);
}

bool isGroup(const EstimatorBox &box)
{
    return box.kind == EstimatorBox::Kind::Parallel && box.typeName.isEmpty();
}

QString shown(const QString &fileText)
{
    return python::escapeForDisplay(fileText);
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont detailFont(QFont font)
{
    font.setItalic(true);
    return font;
}

} // namespace

EstimatorDiagramView::EstimatorDiagramView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    m_scene->setBackgroundBrush(Qt::white);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Estimator diagram"));
    setAccessibleDescription(tr("The estimators of the file, nested as in scikit-learn's diagram. "
                                "Arrow keys move between boxes, Enter selects the box in the tree."));
}

EstimatorDiagramView::~EstimatorDiagramView() = default;

void EstimatorDiagramView::setFile(const std::shared_ptr<const SkopsFile> &file)
{
    if (!file) {
        clear();
        return;
    }
    setGraph(EstimatorGraph::build(file->tree()));
}

void EstimatorDiagramView::setGraph(EstimatorGraph graph)
{
    m_graph = std::move(graph);
    rebuildScene();
    if (m_graph.isEmpty()) {
        auto *message = m_scene->addSimpleText(tr("No estimators in this file."));
        message->setBrush(kText);
        m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
    }
}

void EstimatorDiagramView::clear()
{
    m_graph = EstimatorGraph();
    rebuildScene();
}

void EstimatorDiagramView::setTrustStates(TrustFunction trustOf)
{
    m_trustOf = std::move(trustOf);
    for (int i = 0; i < int(m_items.size()); ++i) {
        applyStyle(i);
        m_items[std::size_t(i)].frame->setToolTip(toolTip(*m_items[std::size_t(i)].box));
    }
}

void EstimatorDiagramView::selectPath(const QString &jsonPointer)
{
    setCurrent(indexOf(m_graph.boxForPath(jsonPointer)));
}

QString EstimatorDiagramView::selectedPath() const
{
    return m_current < 0 ? QString() : m_items[std::size_t(m_current)].box->occurrencePath;
}

QRectF EstimatorDiagramView::boxSceneRect(const QString &jsonPointer) const
{
    const int index = indexOf(m_graph.boxForPath(jsonPointer));
    return index < 0 ? QRectF() : m_items[std::size_t(index)].frame->sceneBoundingRect();
}

QString EstimatorDiagramView::boxToolTip(const QString &jsonPointer) const
{
    const int index = indexOf(m_graph.boxForPath(jsonPointer));
    return index < 0 ? QString() : m_items[std::size_t(index)].frame->toolTip();
}

bool EstimatorDiagramView::savePng(const QString &fileName) const
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const qreal scale = std::min({2.0, kMaxImageSide / source.width(), kMaxImageSide / source.height()});
    QImage image((source.size() * scale).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return false;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(image.rect()), source);
    painter.end();
    return image.save(fileName, "PNG");
}

void EstimatorDiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = indexAt(event->position().toPoint());
        if (index >= 0) {
            setCurrent(index);
            event->accept();
            emit pathActivated(m_items[std::size_t(index)].box->occurrencePath);
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void EstimatorDiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!m_items.empty()) {
            const int next = m_current < 0 ? 0 : neighbour(m_current, event->key());
            if (next >= 0)
                setCurrent(next);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            event->accept();
            emit pathActivated(m_items[std::size_t(m_current)].box->occurrencePath);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

EstimatorDiagramView::Header EstimatorDiagramView::header(const EstimatorBox &box) const
{
    using Kind = EstimatorBox::Kind;
    Header result;
    const QString step = shown(box.stepName);
    const QString className = shown(box.className);
    switch (box.kind) {
    case Kind::Collapsed:
        result.title = step;
        result.subtitle = tr("%1× %2").arg(box.count).arg(className);
        break;
    case Kind::Passthrough:
        result.title = step;
        result.subtitle = tr("passthrough");
        break;
    case Kind::Drop:
        result.title = step;
        result.subtitle = tr("drop");
        break;
    default:
        result.title = step.isEmpty() ? className : step;
        if (!step.isEmpty())
            result.subtitle = className;
        break;
    }
    if (!box.columns.isEmpty())
        result.details << tr("columns: %1").arg(shown(box.columns));
    if (box.repeated)
        result.details << tr("same object as above");

    const QFontMetricsF titleMetrics(boldFont(font()));
    const QFontMetricsF textMetrics(font());
    const QFontMetricsF detailMetrics(detailFont(font()));
    result.title = titleMetrics.elidedText(result.title, Qt::ElideRight, kMaxTextWidth);
    result.subtitle = textMetrics.elidedText(result.subtitle, Qt::ElideRight, kMaxTextWidth);
    qreal width = titleMetrics.horizontalAdvance(result.title);
    qreal height = titleMetrics.height();
    if (!result.subtitle.isEmpty()) {
        width = std::max(width, textMetrics.horizontalAdvance(result.subtitle));
        height += textMetrics.height();
    }
    for (QString &detail : result.details) {
        detail = detailMetrics.elidedText(detail, Qt::ElideRight, kMaxTextWidth);
        width = std::max(width, detailMetrics.horizontalAdvance(detail));
        height += detailMetrics.height();
    }
    result.size = QSizeF(width + kMarkerWidth, height);
    return result;
}

QSizeF EstimatorDiagramView::measure(const EstimatorBox &box)
{
    const QSizeF head = header(box).size;
    qreal innerWidth = 0;
    qreal innerHeight = 0;
    const bool sideBySide = box.kind == EstimatorBox::Kind::Parallel;
    const qreal spacing = box.kind == EstimatorBox::Kind::Sequence ? kArrowGap : kGap;
    for (std::size_t i = 0; i < box.children.size(); ++i) {
        const QSizeF child = measure(box.children[i]);
        if (sideBySide) {
            innerWidth += child.width() + (i ? kGap : 0);
            innerHeight = std::max(innerHeight, child.height());
        } else {
            innerWidth = std::max(innerWidth, child.width());
            innerHeight += child.height() + (i ? spacing : 0);
        }
    }
    QSizeF size(std::max({head.width(), innerWidth, kMinWidth}) + 2 * kPadding,
                head.height() + 2 * kPadding);
    if (!box.children.empty())
        size.rheight() += kGap + innerHeight;
    m_sizes[&box] = size;
    return size;
}

void EstimatorDiagramView::place(const EstimatorBox &box, const QPointF &topLeft, int depth)
{
    const QSizeF size = m_sizes.at(&box);
    const Header head = header(box);

    QPainterPath outline;
    outline.addRoundedRect(QRectF(QPointF(0, 0), size), kCornerRadius, kCornerRadius);
    auto *frame = new QGraphicsPathItem(outline);
    frame->setPos(topLeft);
    frame->setZValue(depth);
    frame->setFlag(QGraphicsItem::ItemIsFocusable);
    frame->setData(kIndexKey, int(m_items.size()));
    m_scene->addItem(frame);

    qreal y = kPadding;
    auto addText = [&](const QString &text, const QFont &textFont) {
        auto *item = new QGraphicsSimpleTextItem(text, frame);
        item->setFont(textFont);
        item->setBrush(kText);
        item->setPos(kPadding, y);
        y += QFontMetricsF(textFont).height();
    };
    addText(head.title, boldFont(font()));
    if (!head.subtitle.isEmpty())
        addText(head.subtitle, box.kind == EstimatorBox::Kind::Passthrough || box.kind == EstimatorBox::Kind::Drop
                                   ? detailFont(font())
                                   : font());
    for (const QString &detail : head.details)
        addText(detail, detailFont(font()));

    auto *marker = new QGraphicsSimpleTextItem(frame);
    marker->setFont(boldFont(font()));
    marker->setBrush(kText);
    marker->setPos(size.width() - kPadding - kMarkerWidth + 4, kPadding);

    BoxItem item;
    item.box = &box;
    item.frame = frame;
    item.marker = marker;
    item.anchor = topLeft + QPointF(size.width() / 2, kPadding + head.size.height() / 2);
    m_indexOf[&box] = int(m_items.size());
    m_items.push_back(item);
    applyStyle(int(m_items.size()) - 1);
    frame->setToolTip(toolTip(box));

    const qreal childTop = topLeft.y() + kPadding + head.size.height() + kGap;
    if (box.kind == EstimatorBox::Kind::Parallel) {
        qreal innerWidth = 0;
        for (const EstimatorBox &child : box.children)
            innerWidth += m_sizes.at(&child).width();
        innerWidth += kGap * qreal(box.children.empty() ? 0 : box.children.size() - 1);
        qreal x = topLeft.x() + (size.width() - innerWidth) / 2;
        for (const EstimatorBox &child : box.children) {
            place(child, QPointF(x, childTop), depth + 1);
            x += m_sizes.at(&child).width() + kGap;
        }
        return;
    }
    const bool arrows = box.kind == EstimatorBox::Kind::Sequence;
    const qreal centreX = topLeft.x() + size.width() / 2;
    qreal childY = childTop;
    for (std::size_t i = 0; i < box.children.size(); ++i) {
        const QSizeF child = m_sizes.at(&box.children[i]);
        place(box.children[i], QPointF(centreX - child.width() / 2, childY), depth + 1);
        childY += child.height();
        if (arrows && i + 1 < box.children.size()) {
            addArrow(QPointF(centreX, childY), QPointF(centreX, childY + kArrowGap), depth);
            childY += kArrowGap;
        } else {
            childY += kGap;
        }
    }
}

void EstimatorDiagramView::addArrow(const QPointF &from, const QPointF &to, int depth)
{
    constexpr qreal head = 6;
    QPainterPath path(from);
    path.lineTo(to);
    path.moveTo(to + QPointF(-head / 2 - 1, -head));
    path.lineTo(to);
    path.lineTo(to + QPointF(head / 2 + 1, -head));
    auto *arrow = m_scene->addPath(path, QPen(kContainerBorder.darker(130), 1.5));
    arrow->setZValue(depth + 0.5);
}

void EstimatorDiagramView::rebuildScene()
{
    m_scene->clear();
    m_items.clear();
    m_indexOf.clear();
    m_sizes.clear();
    m_current = -1;
    qreal y = 0;
    for (const EstimatorBox &root : m_graph.roots()) {
        const QSizeF size = measure(root);
        place(root, QPointF(0, y), 0);
        y += size.height() + kRootGap;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

void EstimatorDiagramView::applyStyle(int index)
{
    if (index < 0)
        return;
    using Kind = EstimatorBox::Kind;
    const BoxItem &item = m_items[std::size_t(index)];
    const EstimatorBox &box = *item.box;
    const bool container = !box.children.empty();

    QColor border = container ? kContainerBorder : kEstimatorBorder;
    QColor fill = container ? QColor(Qt::white) : kEstimatorFill;
    QString marker;
    if (m_trustOf && box.node != kNoNode) {
        const TrustState state = m_trustOf(box.node);
        const TrustStyle style = trustStyle(state);
        border = style.border;
        fill = container ? lighter(style.fill) : style.fill;
        switch (state) {
        case TrustState::Trusted:
            marker = tr("✓", "trusted box marker");
            break;
        case TrustState::UntrustedDescendant:
            marker = tr("⚠", "box marker: untrusted content inside");
            break;
        case TrustState::Untrusted:
            marker = tr("✗", "untrusted box marker");
            break;
        case TrustState::Approved:
            marker = tr("☑", "approved box marker");
            break;
        }
    }
    Qt::PenStyle style = Qt::SolidLine;
    if (box.kind == Kind::Passthrough || box.kind == Kind::Drop) {
        style = Qt::DotLine;
        if (!m_trustOf) {
            border = kNeutralBorder;
            fill = kNeutralFill;
        }
    } else if (box.kind == Kind::Collapsed || isGroup(box)) {
        style = Qt::DashLine;
    }
    if (isGroup(box) && !m_trustOf)
        fill = Qt::transparent;

    const bool selected = index == m_current;
    QPen pen(selected ? kSelection : border, selected ? 3.5 : 1.5, selected ? Qt::SolidLine : style);
    item.frame->setPen(pen);
    item.frame->setBrush(fill);
    item.marker->setText(marker);
}

QString EstimatorDiagramView::toolTip(const EstimatorBox &box) const
{
    using Kind = EstimatorBox::Kind;
    QStringList lines;
    if (!box.typeName.isEmpty())
        lines << shown(box.typeName);
    switch (box.kind) {
    case Kind::Collapsed:
        lines << tr("%1 estimators in the list %2, drawn as one box").arg(box.count).arg(shown(box.stepName));
        break;
    case Kind::Passthrough:
        lines << tr("Passes its input through unchanged");
        break;
    case Kind::Drop:
        lines << tr("Drops its input");
        break;
    case Kind::Parallel:
        if (isGroup(box))
            lines << tr("Named estimators of the parameter %1").arg(shown(box.stepName));
        break;
    default:
        break;
    }
    if (!box.columns.isEmpty())
        lines << tr("Columns: %1").arg(shown(box.columns));
    if (box.repeated)
        lines << tr("The same object as a box above; its contents are drawn there.");
    if (m_trustOf && box.node != kNoNode) {
        switch (m_trustOf(box.node)) {
        case TrustState::Trusted:
            lines << tr("Trusted");
            break;
        case TrustState::UntrustedDescendant:
            lines << tr("Trusted type, with untrusted content inside");
            break;
        case TrustState::Untrusted:
            lines << tr("Untrusted type");
            break;
        case TrustState::Approved:
            lines << tr("Approved by you");
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void EstimatorDiagramView::setCurrent(int index)
{
    const int previous = m_current;
    m_current = index;
    applyStyle(previous);
    applyStyle(index);
    if (index < 0)
        return;
    const BoxItem &item = m_items[std::size_t(index)];
    item.frame->setFocus();
    ensureVisible(QRectF(item.anchor - QPointF(40, 20), QSizeF(80, 40)));
}

int EstimatorDiagramView::indexOf(const EstimatorBox *box) const
{
    const auto it = box ? m_indexOf.find(box) : m_indexOf.end();
    return it == m_indexOf.end() ? -1 : it->second;
}

// The innermost box under the point (boxes are stacked by nesting depth).
int EstimatorDiagramView::indexAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        while (item && !item->data(kIndexKey).isValid())
            item = item->parentItem();
        if (item)
            return item->data(kIndexKey).toInt();
    }
    return -1;
}

// The box whose header lies nearest in the direction of the arrow key,
// preferring boxes in line with the current one.
int EstimatorDiagramView::neighbour(int from, int key) const
{
    QPointF direction;
    switch (key) {
    case Qt::Key_Up:
        direction = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        direction = QPointF(0, 1);
        break;
    case Qt::Key_Left:
        direction = QPointF(-1, 0);
        break;
    default:
        direction = QPointF(1, 0);
        break;
    }
    const QPointF origin = m_items[std::size_t(from)].anchor;
    int best = -1;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (int i = 0; i < int(m_items.size()); ++i) {
        const QPointF delta = m_items[std::size_t(i)].anchor - origin;
        const qreal along = delta.x() * direction.x() + delta.y() * direction.y();
        if (i == from || along < 1)
            continue;
        const qreal across = std::abs(delta.x() * direction.y() - delta.y() * direction.x());
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace skops
