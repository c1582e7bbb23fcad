// Whether a salon takes bookings online, in words its public pages share.
export const NOT_OPEN_MESSAGE = "Online booking is not open yet at this salon: it is still setting up its payments. Please call the salon to book.";
