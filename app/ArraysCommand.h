#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect arrays FILE [--json]: every .npy-backed array (and every
// sparse matrix) with dtype, shape, exact sum and first values, in the
// conventions of the test oracles.
class ArraysCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArraysCommand)

public:
    static int run(CliIo &io, const QStringList &arguments);
};
