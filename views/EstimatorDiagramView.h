#pragma once

#include "EstimatorGraph.h"
#include "ModelRoles.h"
#include "SkopsFile.h"

#include <QGraphicsView>
#include <QStringList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QGraphicsPathItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace skops {

// The estimators of a file drawn the way scikit-learn's HTML repr nests
// them: pipeline steps stacked with arrows, ColumnTransformer/FeatureUnion
// branches side by side with their columns, meta-estimators around their
// inner estimators, fitted ensembles as one dashed box with a count. Each
// box shows its step name (bold) and class; its tooltip the full
// `module.class`. Clicking a box or pressing Enter on it emits its path;
// the arrow keys move between boxes.
class EstimatorDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    using TrustFunction = std::function<TrustState(NodeId)>;

    explicit EstimatorDiagramView(QWidget *parent = nullptr);
    ~EstimatorDiagramView() override;

    // Builds the graph of the file's node tree; nullptr clears the view.
    void setFile(const std::shared_ptr<const SkopsFile> &file);
    void setGraph(EstimatorGraph graph);
    void clear();
    const EstimatorGraph &graph() const { return m_graph; }

    // Tints every box by the trust state of its node and adds a text marker.
    // The function must answer for the NodeIds of the current graph; call
    // again when the states change (e.g. names were approved). An empty
    // function removes the tint.
    void setTrustStates(TrustFunction trustOf);

    // Highlights the box of the node at this JSON pointer, or of its nearest
    // ancestor that has a box; emits nothing.
    void selectPath(const QString &jsonPointer);
    bool hasSelection() const { return m_current >= 0; }
    // The occurrence path of the highlighted box ("" is the root), or "" if none.
    QString selectedPath() const;

    int boxCount() const { return int(m_items.size()); }
    // The scene rectangle and tooltip of the box selectPath() would pick.
    QRectF boxSceneRect(const QString &jsonPointer) const;
    QString boxToolTip(const QString &jsonPointer) const;

    // The whole diagram at twice its size on white (smaller only if that
    // would exceed 16384 pixels a side).
    bool savePng(const QString &fileName) const;

signals:
    // The occurrence path of the box the user clicked or activated.
    void pathActivated(const QString &jsonPointer);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct BoxItem {
        const EstimatorBox *box = nullptr;
        QGraphicsPathItem *frame = nullptr;
        QGraphicsSimpleTextItem *marker = nullptr;
        QPointF anchor; // centre of the header, scene coordinates
    };
    struct Header {
        QString title;
        QString subtitle;
        QStringList details;
        QSizeF size;
    };

    Header header(const EstimatorBox &box) const;
    QSizeF measure(const EstimatorBox &box);
    void place(const EstimatorBox &box, const QPointF &topLeft, int depth);
    void addArrow(const QPointF &from, const QPointF &to, int depth);
    void rebuildScene();
    void applyStyle(int index);
    QString toolTip(const EstimatorBox &box) const;
    void setCurrent(int index);
    int indexOf(const EstimatorBox *box) const;
    int indexAt(const QPoint &viewportPos) const;
    int neighbour(int from, int key) const;

    QGraphicsScene *m_scene = nullptr;
    EstimatorGraph m_graph;
    TrustFunction m_trustOf;
    std::vector<BoxItem> m_items;
    std::unordered_map<const EstimatorBox *, int> m_indexOf;
    std::unordered_map<const EstimatorBox *, QSizeF> m_sizes;
    int m_current = -1;
};

} // namespace skops
