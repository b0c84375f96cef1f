#pragma once

#include "NodeTree.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace skops {
class AttributeTableModel;
class SkopsFile;
} // namespace skops

// The Fitted attributes tab: the selected estimator's fitted attributes with
// type, shape, dtype and size, and below them what they and the whole model
// occupy. Ctrl+C copies the selected rows.
class AttributesView : public QWidget
{
    Q_OBJECT

public:
    explicit AttributesView(QWidget *parent = nullptr);
    ~AttributesView() override;

    void setEstimator(std::shared_ptr<const skops::SkopsFile> file, skops::NodeId estimator);
    void clear();

    skops::AttributeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString totalText() const;

signals:
    // A row was activated: the node and the JSON pointer of this occurrence.
    void nodeActivated(skops::NodeId node, const QString &path);

private:
    QTableView *m_table = nullptr;
    QLabel *m_total = nullptr;
    skops::AttributeTableModel *m_model = nullptr;
};
