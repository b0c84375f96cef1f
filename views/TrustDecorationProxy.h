#pragma once

#include <QIdentityProxyModel>

// Gives every view over the tree model the trust colours: an icon on the
// key, coloured trust text with its symbol, and a tint on untrusted rows.
class TrustDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TrustDecorationProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
};
