#pragma once

#include "ModelRoles.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How each trust state looks everywhere: visualize's three colours (cyan,
// magenta, orange) plus one for names the user approved, each with a
// symbol so that colour is never the only cue.
class TrustPalette
{
    Q_DECLARE_TR_FUNCTIONS(TrustPalette)

public:
    static QColor color(skops::TrustState state);
    static QColor background(skops::TrustState state);
    static QString symbol(skops::TrustState state);
    static QString label(skops::TrustState state);
    static QString description(skops::TrustState state);
    static QIcon icon(skops::TrustState state);
};
