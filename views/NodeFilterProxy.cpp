#include "NodeFilterProxy.h"

#include "ModelRoles.h"

NodeFilterProxy::NodeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void NodeFilterProxy::setMatches(const QSet<QString> &paths)
{
    m_paths = paths;
    m_filtering = true;
    invalidateFilter();
}

void NodeFilterProxy::clearMatches()
{
    m_paths.clear();
    m_filtering = false;
    invalidateFilter();
}

bool NodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_paths.contains(index.data(skops::PathRole).toString());
}
