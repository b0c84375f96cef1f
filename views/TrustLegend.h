#pragma once

#include <QWidget>

// The key to the trust colours, shown under the tree.
class TrustLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TrustLegend(QWidget *parent = nullptr);
};
