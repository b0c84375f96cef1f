#include "TrustDecorationProxy.h"

#include "ModelRoles.h"
#include "SkopsTreeModel.h"
#include "TrustPalette.h"

using skops::SkopsTreeModel;
using skops::TrustState;

TrustDecorationProxy::TrustDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant TrustDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const QModelIndex source = mapToSource(index);
    const bool raw = source.data(skops::LoaderRole).toString().isEmpty();
    const auto state = TrustState(source.data(skops::TrustStateRole).toInt());
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == SkopsTreeModel::KeyColumn && !raw)
            return TrustPalette::icon(state);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SkopsTreeModel::TrustColumn || state == TrustState::Untrusted)
            return TrustPalette::color(state);
        break;
    case Qt::BackgroundRole:
        if (state == TrustState::Untrusted || state == TrustState::Approved)
            return TrustPalette::background(state);
        break;
    case Qt::DisplayRole:
        if (index.column() == SkopsTreeModel::TrustColumn && !raw)
            return TrustPalette::symbol(state) + QLatin1Char(' ')
                   + QIdentityProxyModel::data(index, role).toString();
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
