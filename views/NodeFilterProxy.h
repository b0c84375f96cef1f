#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// Keeps the rows whose occurrence path was found by the search, and their
// ancestors (recursive filtering). An empty set with no active search shows
// everything.
class NodeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NodeFilterProxy(QObject *parent = nullptr);
    void setMatches(const QSet<QString> &paths);
    void clearMatches();
    bool isFiltering() const { return m_filtering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_paths;
    bool m_filtering = false;
};
