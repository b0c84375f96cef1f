#pragma once

#include "ExportEdit.h"
#include "NodeTree.h"

#include <QWidget>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QTableView;

namespace skops {
class ParameterTableModel;
class SkopsFile;
} // namespace skops

// The Parameters tab: the constructor parameters of the selected estimator
// with a line about the defaults' scikit-learn version above them. Values
// that differ from scikit-learn's default are bold on a tinted background.
// The context menu copies a parameter's set_params name or its value;
// Ctrl+C copies the selected rows. A value that is a JSON primitive can be
// edited (double-click, F2): the view asks for the edit by editRequested and
// shows it once it comes back through setPendingEdits().
class ParametersView : public QWidget
{
    Q_OBJECT

public:
    explicit ParametersView(QWidget *parent = nullptr);
    ~ParametersView() override;

    void setEstimator(std::shared_ptr<const skops::SkopsFile> file, skops::NodeId estimator);
    void clear();
    // The edits waiting for an export, with paths of the shown file.
    void setPendingEdits(std::vector<skops::ExportEdit> edits);

    skops::ParameterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString headerText() const;

    QAction *copyNameAction() const { return m_copyNameAction; }
    QAction *copyValueAction() const { return m_copyValueAction; }
    QAction *copySelectionAction() const { return m_copySelectionAction; }
    QAction *editValueAction() const { return m_editValueAction; }

signals:
    // A row was activated (double-click, Enter): the node and the JSON
    // pointer of this occurrence, for the tree to select.
    void nodeActivated(skops::NodeId node, const QString &path);
    // A value was edited: a SetValue edit of the row's occurrence path.
    void editRequested(const skops::ExportEdit &edit);

private:
    void copyParameterName();
    void copyValue();
    void editValue();
    void requestValue(const QModelIndex &index, const QString &typed);
    void updateActions();

    QLabel *m_header = nullptr;
    QTableView *m_table = nullptr;
    skops::ParameterTableModel *m_model = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_copySelectionAction = nullptr;
    QAction *m_editValueAction = nullptr;
};
