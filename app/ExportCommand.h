#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect export IN OUT [--deflate] [--set PATH=JSON]... [--drop PATH]...
//                             [--null PATH]... [--report FILE]
// Writes a cleaned copy of IN. Exit status: 0 written, 2 nothing written.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CliIo &io, const QStringList &arguments);
};
