#include "TrustLegend.h"

#include "TrustPalette.h"

#include <QHBoxLayout>
#include <QLabel>

using skops::TrustState;

TrustLegend::TrustLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (TrustState state : {TrustState::Trusted, TrustState::UntrustedDescendant,
                             TrustState::Untrusted, TrustState::Approved}) {
        auto *icon = new QLabel(this);
        icon->setPixmap(TrustPalette::icon(state).pixmap(12, 12));
        auto *text = new QLabel(QStringLiteral("%1 %2").arg(TrustPalette::symbol(state), TrustPalette::label(state)), this);
        text->setStyleSheet(QStringLiteral("color: %1").arg(TrustPalette::color(state).name()));
        text->setToolTip(TrustPalette::description(state));
        icon->setToolTip(TrustPalette::description(state));
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(8);
    }
    layout->addStretch();
}
