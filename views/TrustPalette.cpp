#include "TrustPalette.h"

#include <QPainter>
#include <QPixmap>

using skops::TrustState;

QColor TrustPalette::color(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return QColor(0x00, 0x7f, 0x8c);   // cyan, dark enough to read on white
    case TrustState::UntrustedDescendant:
        return QColor(0xa0, 0x1f, 0x9c);   // magenta
    case TrustState::Untrusted:
        return QColor(0xd4, 0x5f, 0x00);   // orange
    case TrustState::Approved:
        return QColor(0x2a, 0x6f, 0x2a);   // green
    }
    return QColor();
}

QColor TrustPalette::background(TrustState state)
{
    QColor tint = color(state);
    tint.setAlpha(state == TrustState::Trusted ? 0 : 40);
    return tint;
}

QString TrustPalette::symbol(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return QStringLiteral("✓");
    case TrustState::UntrustedDescendant:
        return QStringLiteral("▾");
    case TrustState::Untrusted:
        return QStringLiteral("⚠");
    case TrustState::Approved:
        return QStringLiteral("☑");
    }
    return QString();
}

QString TrustPalette::label(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return tr("Trusted");
    case TrustState::UntrustedDescendant:
        return tr("Untrusted inside");
    case TrustState::Untrusted:
        return tr("Untrusted");
    case TrustState::Approved:
        return tr("Approved by you");
    }
    return QString();
}

QString TrustPalette::description(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return tr("On the allow-list, and so is everything below it.");
    case TrustState::UntrustedDescendant:
        return tr("Trusted itself, but something below it is not.");
    case TrustState::Untrusted:
        return tr("Not on the allow-list: skops refuses to load the file unless you trust it.");
    case TrustState::Approved:
        return tr("Not on the allow-list, but you approved this name.");
    }
    return QString();
}

QIcon TrustPalette::icon(TrustState state)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(state));
    if (state == TrustState::Untrusted) {
        const QPointF triangle[3] = {{6, 1}, {11, 11}, {1, 11}};
        painter.drawPolygon(triangle, 3);
    } else if (state == TrustState::Approved) {
        painter.drawRect(2, 2, 8, 8);
    } else {
        painter.drawEllipse(2, 2, 8, 8);
    }
    return QIcon(pixmap);
}
