import type { Config } from 'tailwindcss';

// Tailwind v4 reads this through `@config` in src/index.css; tokens live here so the design has one source.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
        serif: ['Charter', 'Bitstream Charter', 'Sitka Text', 'Cambria', 'Georgia', 'serif'],
      },
      colors: {
        brand: {
          50: '#eef6ff',
          100: '#d9eaff',
          600: '#1f5fbf',
          700: '#184c99',
          800: '#143d7a',
        },
      },
      maxWidth: { measure: '68ch' },
    },
  },
} satisfies Config;
