#pragma once

#include "Audit.h"
#include "ModelRoles.h"
#include "SkopsFile.h"
#include "TrustProfile.h"

#include <QAbstractItemModel>

#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace skops {

// The node tree of one .skops file as a Qt item model: one row per place a
// node occurs (a shared node appears under every parent that references
// it, as in visualize), raw values (slice bounds, method names, protocol-0
// states) as leaf rows, and a cycle as a leaf that is not followed.
// Children are created on demand, and long lists arrive in batches through
// canFetchMore()/fetchMore(), so a forest of thousands of trees opens at once.
// Columns: Key, Type, Value, Trust.
class SkopsTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, TrustColumn, ColumnCount };
    static constexpr int kBatchSize = 1000;

    explicit SkopsTreeModel(QObject *parent = nullptr);
    ~SkopsTreeModel() override;

    // Shows a file; the audit uses `profile` and the names in `approved`.
    void setFile(std::shared_ptr<const SkopsFile> file, std::shared_ptr<const TrustProfile> profile);
    void clear();
    const SkopsFile *file() const { return m_file.get(); }
    std::shared_ptr<const SkopsFile> sharedFile() const { return m_file; }
    const TrustProfile *profile() const { return m_profile.get(); }

    // Names the user approved: shown as Approved, no longer untrusted.
    void setApprovedNames(const std::set<std::string> &names);
    const std::set<std::string> &approvedNames() const { return m_approved; }
    void setProfile(std::shared_ptr<const TrustProfile> profile);
    // The audit with the approved names trusted (what load(trusted=approved) sees).
    const Audit &audit() const { return *m_audit; }
    // The audit with the profile's defaults only.
    const Audit &defaultAudit() const { return *m_defaultAudit; }
    TrustState trustState(NodeId id) const;

    // The row of a JSON pointer (an occurrence path, as the audit reports
    // locations), creating the rows on the way; invalid if there is none.
    QModelIndex indexForPath(const QString &path);
    NodeId nodeAt(const QModelIndex &index) const;
    // Occurrence paths (in tree order, at most `limit`) whose key, type or
    // value contains `needle`, case-insensitively; found without creating rows.
    QStringList findPaths(const QString &needle, int limit) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // Approvals or the allow-list changed: every trust state may differ.
    void trustChanged();

private:
    struct Item;
    // A child to be: a node reference or a raw JSON value.
    struct Slot {
        NodeId node = kNoNode;
        QString key;
        JsonDocument::Index state = JsonDocument::npos; // occurrence state, or the raw value
        bool raw = false;
        bool backEdge = false;
    };

    Item *itemFor(const QModelIndex &index) const;
    void ensureSlots(Item *item) const;
    std::unique_ptr<Item> makeChild(Item *parent, int row) const;
    void appendSlots(std::vector<Slot> &out, const Slot &parentSlot) const;
    void fetch(Item *item, int count);
    QString typeText(const Slot &slot) const;
    QString valueText(const Slot &slot) const;
    QString trustText(const Slot &slot) const;
    QString trustToolTip(const Slot &slot) const;
    void recomputeAudit();

    std::shared_ptr<const SkopsFile> m_file;
    std::shared_ptr<const TrustProfile> m_profile;
    std::set<std::string> m_approved;
    std::unique_ptr<Audit> m_audit;
    std::unique_ptr<Audit> m_defaultAudit;
    std::unique_ptr<Item> m_root; // invisible; its one child is the file's root node
    mutable std::unordered_map<NodeId, QString> m_valueCache;
    bool m_announcingReset = false;
    bool m_inserting = false;
};

} // namespace skops
