#include "core/base/clock.h"

namespace wsdash {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace wsdash
