#include "EditOverlayProxy.h"

#include "EditSession.h"
#include "ModelRoles.h"
#include "SkopsTreeModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <utility>

using skops::ExportEdit;
using skops::SkopsTreeModel;

namespace {

using EditState = EditOverlayProxy::EditState;

// What the rows below a row inherit from it and the rows above it: below a
// removed row everything goes; below a nulled row everything goes with it.
EditState inheritedBelow(EditState inherited, EditState own)
{
    if (inherited == EditOverlayProxy::InsideRemoved || own == EditOverlayProxy::Removed)
        return EditOverlayProxy::InsideRemoved;
    if (inherited == EditOverlayProxy::InsideNulled || own == EditOverlayProxy::Nulled)
        return EditOverlayProxy::InsideNulled;
    return EditOverlayProxy::Unchanged;
}

QString pathOf(const QModelIndex &source)
{
    return source.data(skops::PathRole).toString();
}

} // namespace

EditOverlayProxy::EditOverlayProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void EditOverlayProxy::setSession(EditSession *session)
{
    connect(session, &EditSession::editsChanged, this, [this, session] { setEdits(session->edits()); });
    setEdits(session->edits());
}

void EditOverlayProxy::setEdits(const std::vector<ExportEdit> &edits)
{
    Marks marks;
    for (const ExportEdit &edit : edits) {
        switch (edit.kind) {
        case ExportEdit::Kind::SetValue:
            marks.insert(edit.path, Mark{ValueSet, edit.json});
            break;
        case ExportEdit::Kind::ReplaceWithNull:
            marks.insert(edit.path, Mark{Nulled, QString()});
            break;
        case ExportEdit::Kind::Remove:
            marks.insert(edit.path, Mark{Removed, QString()});
            break;
        }
    }
    const Marks before = std::exchange(m_marks, std::move(marks));
    if (sourceModel() && (!before.isEmpty() || !m_marks.isEmpty()))
        announceChanges(before, QModelIndex(), Unchanged, Unchanged);
}

EditOverlayProxy::Mark EditOverlayProxy::markFor(const Marks &marks, const QModelIndex &source,
                                                 EditState inherited)
{
    if (inherited == InsideRemoved || inherited == InsideNulled)
        return Mark{inherited, QString()};
    return marks.value(pathOf(source));
}

EditOverlayProxy::EditState EditOverlayProxy::inheritedAt(const Marks &marks, const QModelIndex &source)
{
    QModelIndexList ancestors;
    for (QModelIndex at = source.parent(); at.isValid(); at = at.parent())
        ancestors.prepend(at);
    EditState inherited = Unchanged;
    for (const QModelIndex &ancestor : ancestors)
        inherited = inheritedBelow(inherited, marks.value(pathOf(ancestor)).state);
    return inherited;
}

// Signals the rows (of those the source has created) whose look changed;
// rows not yet fetched are drawn right when they come.
void EditOverlayProxy::announceChanges(const Marks &before, const QModelIndex &sourceParent,
                                       EditState inheritedBefore, EditState inheritedNow)
{
    QAbstractItemModel *source = sourceModel();
    const int lastColumn = source->columnCount(sourceParent) - 1;
    for (int row = 0; row < source->rowCount(sourceParent); ++row) {
        const QModelIndex index = source->index(row, 0, sourceParent);
        const Mark was = markFor(before, index, inheritedBefore);
        const Mark now = markFor(m_marks, index, inheritedNow);
        if (was.state != now.state || was.json != now.json)
            emit dataChanged(mapFromSource(index), mapFromSource(index.siblingAtColumn(lastColumn)));
        const EditState belowBefore = inheritedBelow(inheritedBefore, before.value(pathOf(index)).state);
        const EditState belowNow = inheritedBelow(inheritedNow, m_marks.value(pathOf(index)).state);
        if (source->rowCount(index) > 0)
            announceChanges(before, index, belowBefore, belowNow);
    }
}

EditOverlayProxy::EditState EditOverlayProxy::editState(const QModelIndex &index) const
{
    if (!index.isValid() || m_marks.isEmpty())
        return Unchanged;
    const QModelIndex source = mapToSource(index);
    return markFor(m_marks, source, inheritedAt(m_marks, source)).state;
}

QVariant EditOverlayProxy::data(const QModelIndex &index, int role) const
{
    const bool styled = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::FontRole
                        || role == Qt::ForegroundRole || role == EditStateRole;
    if (!index.isValid() || !styled || m_marks.isEmpty())
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const Mark mark = markFor(m_marks, source, inheritedAt(m_marks, source));
    const bool valueColumn = index.column() == SkopsTreeModel::ValueColumn;
    const bool gone = mark.state == Removed || mark.state == InsideRemoved;
    switch (role) {
    case EditStateRole:
        return int(mark.state);
    case Qt::DisplayRole:
        if (valueColumn && mark.state == ValueSet)
            return QStringLiteral("✎ ") + mark.json;
        if (valueColumn && mark.state == Nulled)
            return QStringLiteral("✎ null");
        break;
    case Qt::ToolTipRole:
        if (gone)
            return tr("removed on export");
        if (mark.state == InsideNulled)
            return tr("replaced with null on export, with a node above it");
        if (mark.state == Nulled)
            return tr("replaced with null on export; the file holds %1")
                .arg(source.siblingAtColumn(SkopsTreeModel::TypeColumn).data().toString());
        if (valueColumn && mark.state == ValueSet)
            return tr("set on export; the file holds %1").arg(source.data().toString());
        break;
    case Qt::FontRole:
        if (gone) {
            const QVariant sourceFont = source.data(Qt::FontRole);
            QFont font = sourceFont.canConvert<QFont>() ? sourceFont.value<QFont>() : QFont();
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (gone || mark.state == InsideNulled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
