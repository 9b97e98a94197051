"use client";

// Inside the desk, so an error keeps the navigation around it.
import { ErrorNotice } from "@/components/error-notice";

export default ErrorNotice;
