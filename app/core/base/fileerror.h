#pragma once

#include <QString>

namespace wsdash {

// A problem in a file the user gave us, with the line it is on when known: reads as
// "/home/me/.huaweicloud/credentials:7: sk is set twice (first on line 3)".
struct FileError
{
    QString fileName;
    int line = 0; // 1-based; 0 when the problem is not on one line
    QString reason;

    QString toString() const
    {
        if (line > 0)
            return fileName + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") +
                   reason;
        return fileName + QLatin1String(": ") + reason;
    }
};

} // namespace wsdash
