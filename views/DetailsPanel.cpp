#include "DetailsPanel.h"

#include "ArrayPanel.h"
#include "AttributesView.h"
#include "EstimatorDiagramView.h"
#include "FileInfoView.h"
#include "ParametersView.h"
#include "RawJsonView.h"
#include "SkopsTreeModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

using namespace skops;

DetailsPanel::DetailsPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_diagram(new EstimatorDiagramView)
    , m_parameters(new ParametersView)
    , m_attributes(new AttributesView)
    , m_arrays(new ArrayPanel)
    , m_raw(new RawJsonView)
    , m_fileInfo(new FileInfoView)
{
    addTab(m_diagram, tr("&Estimators"));
    addTab(m_parameters, tr("&Parameters"));
    addTab(m_attributes, tr("Fitted &attributes"));
    addTab(m_arrays, tr("A&rray"));
    addTab(m_raw, tr("Ra&w"));
    addTab(m_fileInfo, tr("F&ile"));
    setDocumentMode(true);

    connect(m_diagram, &EstimatorDiagramView::pathActivated, this, &DetailsPanel::pathActivated);
    connect(m_parameters, &ParametersView::nodeActivated, this,
            [this](NodeId, const QString &path) { emit pathActivated(path); });
    connect(m_attributes, &AttributesView::nodeActivated, this,
            [this](NodeId, const QString &path) { emit pathActivated(path); });
}

void DetailsPanel::setFile(std::shared_ptr<const SkopsFile> file, SkopsTreeModel *model)
{
    m_file = std::move(file);
    m_model = model;
    m_diagram->setFile(m_file);
    if (!m_file)
        m_diagram->setTrustStates({});
    else
        m_diagram->setTrustStates([model](NodeId id) { return model->trustState(id); });
    // Approvals recolour the diagram as they recolour the tree.
    disconnect(m_model, &SkopsTreeModel::trustChanged, this, nullptr);
    connect(m_model, &SkopsTreeModel::trustChanged, this, [this] {
        m_diagram->setTrustStates([model = m_model](NodeId id) { return model->trustState(id); });
    });
    m_arrays->setFile(m_file);
    m_fileInfo->setFile(m_file);
    m_parameters->clear();
    m_attributes->clear();
    m_raw->clearFragment();
}

NodeId DetailsPanel::owningEstimator(NodeId node) const
{
    const NodeTree &tree = m_file->tree();
    for (NodeId at = node; at != kNoNode; at = tree.node(at).parent) {
        if (tree.node(at).loader != Loader::ObjectNode)
            continue;
        const NodeId attrs = tree.childNamed(at, "attrs");
        if (attrs != kNoNode && tree.node(attrs).loader == Loader::DictNode)
            return at;
    }
    return kNoNode;
}

bool DetailsPanel::isArrayNode(NodeId node) const
{
    switch (m_file->tree().node(node).loader) {
    case Loader::NdArrayNode:
    case Loader::MaskedArrayNode:
    case Loader::SparseMatrixNode:
    case Loader::DTypeNode:
        return true;
    default:
        return false;
    }
}

void DetailsPanel::showNode(NodeId node, const QString &path)
{
    if (!m_file)
        return;
    m_diagram->selectPath(path);
    if (node == kNoNode) {
        // A raw value: only its text has anything to show.
        m_raw->showPath(m_file, path);
        return;
    }
    m_raw->showNode(m_file, node);
    const NodeId estimator = owningEstimator(node);
    if (estimator == kNoNode) {
        m_parameters->clear();
        m_attributes->clear();
    } else {
        m_parameters->setEstimator(m_file, estimator);
        m_attributes->setEstimator(m_file, estimator);
    }
    m_arrays->showNode(node);
    if (isArrayNode(node))
        setCurrentWidget(m_arrays);
    else if (currentWidget() == m_arrays)
        setCurrentWidget(estimator == kNoNode ? static_cast<QWidget *>(m_raw) : m_parameters);
}

void DetailsPanel::restoreLayout(const QSettings &settings)
{
    setCurrentIndex(settings.value(QStringLiteral("details/tab"), 0).toInt());
    m_parameters->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("details/parametersHeader")).toByteArray());
    m_attributes->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("details/attributesHeader")).toByteArray());
}

void DetailsPanel::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("details/tab"), currentIndex());
    settings.setValue(QStringLiteral("details/parametersHeader"),
                      m_parameters->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("details/attributesHeader"),
                      m_attributes->table()->horizontalHeader()->saveState());
}
