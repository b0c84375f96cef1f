#pragma once

#include "NodeTree.h"

#include <QTabWidget>

#include <memory>

class ArrayPanel;
class AttributesView;
class FileInfoView;
class ParametersView;
class QSettings;
class RawJsonView;

namespace skops {
class EstimatorDiagramView;
class SkopsFile;
class SkopsTreeModel;
} // namespace skops

// The right-hand side of a window: what the selected node is, seen as a
// data scientist would (estimator diagram, parameters, fitted attributes,
// array previews) and as the file stores it (raw schema text, file facts).
class DetailsPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setFile(std::shared_ptr<const skops::SkopsFile> file, skops::SkopsTreeModel *model);
    // `path` is the occurrence path of the selected row.
    void showNode(skops::NodeId node, const QString &path);

    skops::EstimatorDiagramView *diagram() const { return m_diagram; }
    ParametersView *parameters() const { return m_parameters; }
    AttributesView *attributes() const { return m_attributes; }
    ArrayPanel *arrays() const { return m_arrays; }
    RawJsonView *raw() const { return m_raw; }
    FileInfoView *fileInfo() const { return m_fileInfo; }

    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings) const;

signals:
    // The user picked a node here (a diagram box, an attribute row).
    void pathActivated(const QString &path);

private:
    skops::NodeId owningEstimator(skops::NodeId node) const;
    bool isArrayNode(skops::NodeId node) const;

    skops::EstimatorDiagramView *m_diagram;
    ParametersView *m_parameters;
    AttributesView *m_attributes;
    ArrayPanel *m_arrays;
    RawJsonView *m_raw;
    FileInfoView *m_fileInfo;
    std::shared_ptr<const skops::SkopsFile> m_file;
    skops::SkopsTreeModel *m_model = nullptr;
};
