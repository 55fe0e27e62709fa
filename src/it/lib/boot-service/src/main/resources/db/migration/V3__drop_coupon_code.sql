-- Coupons moved to the pricing service in 2024.
ALTER TABLE purchase_order DROP COLUMN coupon_code;
