/**
 * Upper-case words that are names, units or jargon rather than raised voices. Support mail is
 * full of them, so the list is generous; packs add their own through `vocabulary.acronyms`.
 */
export const BUILTIN_ACRONYMS: readonly string[] = [
  // everyday business and support
  'FYI', 'ASAP', 'FAQ', 'ETA', 'RMA', 'SKU', 'ID', 'PIN', 'OTP', 'SLA', 'KPI', 'CRM', 'ERP', 'NDA', 'PO', 'RFQ', 'CEO', 'CFO',
  'CTO', 'COO', 'VP', 'HR', 'IT', 'PR', 'QA', 'OK', 'TBD', 'TBC', 'AKA', 'DIY', 'RSVP', 'EOD', 'COB', 'OOO', 'WFH', 'PS', 'NB',
  'CC', 'BCC', 'HQ', 'DM', 'AM', 'PM', 'UTC', 'GMT', 'PST', 'PDT', 'EST', 'EDT', 'CST', 'CET', 'BST',
  'JST', 'HKT', 'AWB', 'COD', 'MOQ', 'FOB', 'CIF', 'EXW', 'DDP', 'DAP', 'UPC', 'EAN', 'ISBN', 'IMEI', 'SN', 'DSAR', 'DPO',
  // money and payment
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'HKD', 'TWD', 'JPY', 'SGD', 'AUD', 'CAD', 'VAT', 'GST', 'IBAN', 'SWIFT', 'BIC', 'ACH',
  // tax and identity numbers by their names
  'SSN', 'TIN', 'ITIN', 'EIN', 'NID', 'PAN', 'NRIC', 'HKID',
  'SEPA', 'CVV', 'CVC', 'ATM', 'POS', 'EMV', 'APR', 'APY', 'EAR',
  // places and bodies
  'US', 'USA', 'UK', 'EU', 'UN', 'UAE', 'PRC', 'HK', 'EMEA', 'APAC', 'LATAM', 'GDPR', 'ISO', 'CE', 'FCC', 'IRS',
  // carriers and companies usually written in capitals
  'UPS', 'DHL', 'TNT', 'EMS', 'USPS', 'AWS', 'IBM', 'HP', 'LG', 'BMW', 'IKEA', 'LEGO', 'ASUS', 'NVIDIA', 'AMD', 'SAP', 'SF',
  'FEDEX', 'ARAMEX', 'DPD', 'GLS', 'YTO', 'ZTO', 'STO', 'JD', 'HUAWEI', 'XIAOMI', 'SAMSUNG', 'LENOVO', 'OPPO', 'VIVO', 'ZTE', 'TCL',
  'NOKIA', 'CANON', 'NIKON', 'INTEL', 'NASDAQ', 'NYSE', 'LINE',
  // technology
  'API', 'URL', 'PDF', 'PNG', 'JPG', 'JPEG', 'RAW', 'HEIC', 'TIFF', 'GIF', 'CSV', 'XML', 'JSON', 'HTML', 'HTTP', 'HTTPS', 'FTP', 'SMTP', 'IMAP',
  'DNS', 'IP', 'VPN', 'LAN', 'WAN', 'WLAN', 'WIFI', 'WI-FI', 'SSID', 'WPA', 'DSL', 'ISP', 'SSO', 'MFA', 'SMS', 'MMS', 'APN',
  'LTE', 'NFC', 'GPS', 'SIM', 'ESIM', 'USB', 'USB-C', 'HDMI', 'SD', 'SSD', 'HDD', 'RAM', 'ROM', 'CPU', 'GPU', 'BIOS', 'UEFI',
  'RAID', 'NAS', 'OS', 'PC', 'TV', 'HD', 'UHD', 'LCD', 'LED', 'OLED', 'DVD', 'QR', 'AI', 'AR', 'VR', 'UI', 'UX', 'SMART',
  'ASCII', 'ZIP', 'RAR', 'SDK', 'SQL', 'SSL', 'TLS', 'CAPTCHA', 'AC', 'DC', 'MAC', 'CD',
  // words that technical text writes in capitals: switch states, HTTP methods and styles, literals, log levels
  'ON', 'OFF', 'AUTO', 'GET', 'POST', 'PUT', 'PATCH', 'REST', 'SOAP', 'NULL', 'TRUE', 'FALSE', 'DEBUG', 'INFO', 'WARN', 'FATAL',
  // model and plan names
  'PRO', 'MAX', 'MINI', 'PLUS', 'ULTRA', 'LITE', 'AIR',
];
